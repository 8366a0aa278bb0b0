# Accepted: a stack plus a "current" pointer; next first walks left from current, pushing
# as it goes, so the constructor does no work at all.
class BSTIterator:
    def __init__(self, root) -> None:
        self.stack = []
        self.cur = root

    def next(self) -> int:
        while self.cur:
            self.stack.append(self.cur)
            self.cur = self.cur.left
        node = self.stack.pop()
        self.cur = node.right
        return node.val

    def has_next(self) -> bool:
        return self.cur is not None or len(self.stack) > 0
