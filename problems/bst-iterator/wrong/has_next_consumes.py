# Wrong: has_next asks the generator for the next value to see if there is one, and that
# value is lost: next then returns the value after it.
class BSTIterator:
    def __init__(self, root) -> None:
        self.gen = self._inorder(root)
        self.buffer = []

    def _inorder(self, node):
        if node is not None:
            yield from self._inorder(node.left)
            yield node.val
            yield from self._inorder(node.right)

    def next(self) -> int:
        if self.buffer:
            return self.buffer.pop()
        return next(self.gen)

    def has_next(self) -> bool:
        try:
            next(self.gen)
            return True
        except StopIteration:
            return False
