# Accepted: a recursive generator (yield from) does the in-order walk lazily, and one
# value is looked ahead so has_next can answer without losing it.
class BSTIterator:
    _END = object()

    def __init__(self, root) -> None:
        self.gen = self._walk(root)
        self.peeked = next(self.gen, self._END)

    def _walk(self, node):
        if node:
            yield from self._walk(node.left)
            yield node.val
            yield from self._walk(node.right)

    def next(self) -> int:
        value = self.peeked
        self.peeked = next(self.gen, self._END)
        return value

    def has_next(self) -> bool:
        return self.peeked is not self._END
