# Accepted: plain recursion; both missing is a match, one missing or unequal values is not.
from __future__ import annotations

from trainer.structures import TreeNode


def is_same_tree(p: TreeNode | None, q: TreeNode | None) -> bool:
    if p is None and q is None:
        return True
    if p is None or q is None or p.val != q.val:
        return False
    return is_same_tree(p.left, q.left) and is_same_tree(p.right, q.right)
