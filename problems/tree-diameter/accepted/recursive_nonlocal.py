# Accepted: recursive height in edges-plus-one, keeping the best left + right sum in a
# nonlocal variable.
from __future__ import annotations

from trainer.structures import TreeNode


def diameter_of_tree(root: TreeNode | None) -> int:
    best = 0

    def height(node: TreeNode | None) -> int:
        nonlocal best
        if node is None:
            return 0
        left, right = height(node.left), height(node.right)
        best = max(best, left + right)
        return 1 + max(left, right)

    height(root)
    return best
