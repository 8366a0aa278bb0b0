# Correct but O(n^2): measures both subtrees' heights afresh at every node, so on a deep
# tree every node's height is computed once per ancestor.
from __future__ import annotations

from trainer.structures import TreeNode


def height(node: TreeNode | None) -> int:
    if node is None:
        return 0
    return 1 + max(height(node.left), height(node.right))


def diameter_of_tree(root: TreeNode | None) -> int:
    if root is None:
        return 0
    through = height(root.left) + height(root.right)
    return max(through, diameter_of_tree(root.left), diameter_of_tree(root.right))
