# Accepted: recursion with a stop value (the in-order value that ends the subtree), using
# iterators over both lists and no index lookups at all.
from __future__ import annotations

from trainer.structures import TreeNode


def build_tree(preorder: list[int], inorder: list[int]) -> TreeNode | None:
    pre = iter(preorder)
    ino = list(reversed(inorder))  # popped from the end: the next in-order value

    def build(stop):
        if not ino or ino[-1] == stop:
            return None
        root = TreeNode(next(pre))
        root.left = build(root.val)
        ino.pop()  # root.val itself
        root.right = build(stop)
        return root

    return build(object())
