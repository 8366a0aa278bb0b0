# Wrong: swaps the two children of the root only; the subtrees below keep their order.
from __future__ import annotations

from trainer.structures import TreeNode


def invert_tree(root: TreeNode | None) -> TreeNode | None:
    if root is not None:
        root.left, root.right = root.right, root.left
    return root
