# Accepted: each recursive call returns a (height, diameter inside this subtree) tuple.
from __future__ import annotations

from trainer.structures import TreeNode


def solve(node: TreeNode | None) -> tuple[int, int]:
    if node is None:
        return 0, 0
    left_height, left_best = solve(node.left)
    right_height, right_best = solve(node.right)
    through = left_height + right_height
    return 1 + max(left_height, right_height), max(through, left_best, right_best)


def diameter_of_tree(root: TreeNode | None) -> int:
    return solve(root)[1]
