# Accepted: recursive post-order mirror, swapping the two mirrored subtrees in one step.
from __future__ import annotations

from trainer.structures import TreeNode


def invert_tree(root: TreeNode | None) -> TreeNode | None:
    if root is None:
        return None
    root.left, root.right = invert_tree(root.right), invert_tree(root.left)
    return root
