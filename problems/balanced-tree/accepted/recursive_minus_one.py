# Accepted: recursive post-order that returns the height, or -1 as soon as a subtree is
# unbalanced, so the answer is known in one pass.
from __future__ import annotations

from trainer.structures import TreeNode


def is_balanced(root: TreeNode | None) -> bool:
    def height(node: TreeNode | None) -> int:
        if node is None:
            return 0
        left = height(node.left)
        if left < 0:
            return -1
        right = height(node.right)
        if right < 0 or abs(left - right) > 1:
            return -1
        return 1 + max(left, right)

    return height(root) >= 0
