# Wrong: compares the heights of the root's two subtrees only, so an unbalanced subtree
# under a root whose sides are equally tall is missed.
from __future__ import annotations

from trainer.structures import TreeNode


def height(node: TreeNode | None) -> int:
    if node is None:
        return 0
    return 1 + max(height(node.left), height(node.right))


def is_balanced(root: TreeNode | None) -> bool:
    if root is None:
        return True
    return abs(height(root.left) - height(root.right)) <= 1
