# Accepted: one doubly linked list of nodes per count, each between two sentinels, as in
# an LRU cache; the lowest count is tracked so eviction takes the head of its list.
class Node:
    def __init__(self, key=0, value=0):
        self.key = key
        self.value = value
        self.count = 1
        self.prev = None
        self.next = None


class DList:
    def __init__(self):
        self.head = Node()
        self.tail = Node()
        self.head.next = self.tail
        self.tail.prev = self.head
        self.size = 0

    def append(self, node):
        node.prev = self.tail.prev
        node.next = self.tail
        self.tail.prev.next = node
        self.tail.prev = node
        self.size += 1

    def remove(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev
        self.size -= 1

    def pop_first(self):
        node = self.head.next
        self.remove(node)
        return node


class LFUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.nodes = {}
        self.lists = {}
        self.min_count = 0

    def _bump(self, node):
        old = self.lists[node.count]
        old.remove(node)
        if old.size == 0 and self.min_count == node.count:
            self.min_count += 1
        node.count += 1
        self.lists.setdefault(node.count, DList()).append(node)

    def get(self, key: int) -> int:
        node = self.nodes.get(key)
        if node is None:
            return -1
        self._bump(node)
        return node.value

    def put(self, key: int, value: int) -> None:
        if self.capacity == 0:
            return
        node = self.nodes.get(key)
        if node is not None:
            node.value = value
            self._bump(node)
            return
        if len(self.nodes) == self.capacity:
            gone = self.lists[self.min_count].pop_first()
            del self.nodes[gone.key]
        node = Node(key, value)
        self.nodes[key] = node
        self.lists.setdefault(1, DList()).append(node)
        self.min_count = 1
