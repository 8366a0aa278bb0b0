# Correct but O(n) construction: the constructor lists every value of the tree in order
# (recursively), and next walks an index along that list.
class BSTIterator:
    def __init__(self, root) -> None:
        self.values = []
        self._inorder(root)
        self.i = 0

    def _inorder(self, node):
        if node is None:
            return
        self._inorder(node.left)
        self.values.append(node.val)
        self._inorder(node.right)

    def next(self) -> int:
        self.i += 1
        return self.values[self.i - 1]

    def has_next(self) -> bool:
        return self.i < len(self.values)
