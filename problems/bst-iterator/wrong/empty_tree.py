# Wrong: the constructor walks down from the root without checking for an empty tree, so
# BSTIterator(None) fails.
class BSTIterator:
    def __init__(self, root) -> None:
        self.stack = [root]
        node = root
        while node.left:
            node = node.left
            self.stack.append(node)

    def next(self) -> int:
        node = self.stack.pop()
        child = node.right
        while child:
            self.stack.append(child)
            child = child.left
        return node.val

    def has_next(self) -> bool:
        return len(self.stack) > 0
