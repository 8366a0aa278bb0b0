# Wrong: the dictionary and the order list are class attributes, shared by every
# LRUCache ever created, so a new cache starts with the keys of the previous ones.
class LRUCache:
    values: dict[int, int] = {}
    order: list[int] = []

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self.order.remove(key)
        self.order.append(key)
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        if key in self.values:
            self.order.remove(key)
        elif len(self.values) >= self.capacity:
            del self.values[self.order.pop(0)]
        self.values[key] = value
        self.order.append(key)
