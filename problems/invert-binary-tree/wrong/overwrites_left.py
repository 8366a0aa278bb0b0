# Wrong: assigns the new left subtree before reading the old one, so the second line
# mirrors the subtree it has just stored and the original left subtree is lost.
from __future__ import annotations

from trainer.structures import TreeNode


def invert_tree(root: TreeNode | None) -> TreeNode | None:
    if root is None:
        return None
    root.left = invert_tree(root.right)
    root.right = invert_tree(root.left)
    return root
