# Slow: passes index ranges (no slicing) but still finds each root with a linear scan of
# its in-order range: O(n^2) on a deep tree.
from __future__ import annotations

from trainer.structures import TreeNode


def build_tree(preorder: list[int], inorder: list[int]) -> TreeNode | None:
    pos = 0

    def build(lo, hi):
        nonlocal pos
        if lo > hi:
            return None
        val = preorder[pos]
        pos += 1
        mid = inorder.index(val, lo, hi + 1)
        node = TreeNode(val)
        node.left = build(lo, mid - 1)
        node.right = build(mid + 1, hi)
        return node

    return build(0, len(inorder) - 1)
