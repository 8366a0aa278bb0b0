# Accepted: recursive, a dict of in-order positions and one pointer walking preorder.
from __future__ import annotations

from trainer.structures import TreeNode


def build_tree(preorder: list[int], inorder: list[int]) -> TreeNode | None:
    index = {v: i for i, v in enumerate(inorder)}
    pos = 0

    def build(lo, hi):
        nonlocal pos
        if lo > hi:
            return None
        val = preorder[pos]
        pos += 1
        node = TreeNode(val)
        mid = index[val]
        node.left = build(lo, mid - 1)
        node.right = build(mid + 1, hi)
        return node

    return build(0, len(inorder) - 1)
