# Accepted: recursion returning (best downward gain, best path inside the subtree).
from __future__ import annotations

from trainer.structures import TreeNode


def max_path_sum(root: TreeNode | None) -> int:
    def solve(node):
        if node is None:
            return 0, float("-inf")
        left_gain, left_best = solve(node.left)
        right_gain, right_best = solve(node.right)
        left_gain, right_gain = max(left_gain, 0), max(right_gain, 0)
        through = node.val + left_gain + right_gain
        return node.val + max(left_gain, right_gain), max(through, left_best, right_best)

    return solve(root)[1]
