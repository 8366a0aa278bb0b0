# Wrong: counts the nodes on the longest path instead of its edges, one too many (and 1
# for a single node, which has diameter 0).
from __future__ import annotations

from trainer.structures import TreeNode


def diameter_of_tree(root: TreeNode | None) -> int:
    best = 0

    def height(node: TreeNode | None) -> int:
        nonlocal best
        if node is None:
            return 0
        left, right = height(node.left), height(node.right)
        best = max(best, left + right + 1)
        return 1 + max(left, right)

    height(root)
    return best
