# Accepted: recursive, going to the side where both values lie, else returning the node.
from __future__ import annotations

from trainer.structures import TreeNode


def lowest_common_ancestor_bst(root: TreeNode | None, p: int, q: int) -> int:
    if p < root.val and q < root.val:
        return lowest_common_ancestor_bst(root.left, p, q)
    if p > root.val and q > root.val:
        return lowest_common_ancestor_bst(root.right, p, q)
    return root.val
