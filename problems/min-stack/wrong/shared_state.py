# Wrong: the lists are class attributes, shared by every MinStack ever created, so a new
# stack starts with the elements a previous one left behind.
class MinStack:
    items = []
    mins = []

    def push(self, val: int) -> None:
        self.items.append(val)
        self.mins.append(val if not self.mins else min(val, self.mins[-1]))

    def pop(self) -> None:
        self.items.pop()
        self.mins.pop()

    def top(self) -> int:
        return self.items[-1]

    def get_min(self) -> int:
        return self.mins[-1]
