# Wrong: after popping a node it pushes only its right child, not the whole left path
# below that child, so a right subtree with left children comes out in the wrong order.
class BSTIterator:
    def __init__(self, root) -> None:
        self.stack = []
        node = root
        while node:
            self.stack.append(node)
            node = node.left

    def next(self) -> int:
        node = self.stack.pop()
        if node.right:
            self.stack.append(node.right)
        return node.val

    def has_next(self) -> bool:
        return bool(self.stack)
