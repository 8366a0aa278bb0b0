# Wrong: measures the height in edges rather than in nodes, so a single node gives 0 and
# every other answer is one too small.
from __future__ import annotations

from trainer.structures import TreeNode


def max_depth(root: TreeNode | None) -> int:
    if root is None:
        return 0
    if root.left is None and root.right is None:
        return 0
    return 1 + max(max_depth(root.left), max_depth(root.right))
