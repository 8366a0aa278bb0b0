# Wrong: with one pointer walking preorder, it builds the right subtree before the left
# one, so the left subtree's values are taken for the right subtree's.
from __future__ import annotations

from trainer.structures import TreeNode


def build_tree(preorder: list[int], inorder: list[int]) -> TreeNode | None:
    index = {v: i for i, v in enumerate(inorder)}
    pos = 0

    def build(lo, hi):
        nonlocal pos
        if lo > hi:
            return None
        node = TreeNode(preorder[pos])
        pos += 1
        mid = index[node.val]
        node.right = build(mid + 1, hi)
        node.left = build(lo, mid - 1)
        return node

    return build(0, len(inorder) - 1)
