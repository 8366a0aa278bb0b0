# Wrong: also accepts the two subtrees of a node in swapped order, which tests for a
# mirror-or-same match rather than an identical tree.
from __future__ import annotations

from trainer.structures import TreeNode


def is_same_tree(p: TreeNode | None, q: TreeNode | None) -> bool:
    if p is None or q is None:
        return p is q
    if p.val != q.val:
        return False
    return ((is_same_tree(p.left, q.left) and is_same_tree(p.right, q.right))
            or (is_same_tree(p.left, q.right) and is_same_tree(p.right, q.left)))
