# Accepted: builds a new mirrored tree recursively and leaves the input untouched.
from __future__ import annotations

from trainer.structures import TreeNode


def invert_tree(root: TreeNode | None) -> TreeNode | None:
    if root is None:
        return None
    return TreeNode(root.val, invert_tree(root.right), invert_tree(root.left))
