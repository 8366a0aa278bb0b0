# Accepted: plain recursion, 1 + the deeper of the two subtrees.
from __future__ import annotations

from trainer.structures import TreeNode


def max_depth(root: TreeNode | None) -> int:
    if root is None:
        return 0
    return 1 + max(max_depth(root.left), max_depth(root.right))
