# Wrong: measures only the longest path through the root, the root's two heights added,
# so a longer path bending inside one subtree is missed.
from __future__ import annotations

from trainer.structures import TreeNode


def height(node: TreeNode | None) -> int:
    if node is None:
        return 0
    return 1 + max(height(node.left), height(node.right))


def diameter_of_tree(root: TreeNode | None) -> int:
    if root is None:
        return 0
    return height(root.left) + height(root.right)
