# Accepted: recursive gain with the best sum kept in a nonlocal, negative gains cut to 0.
from __future__ import annotations

import math

from trainer.structures import TreeNode


def max_path_sum(root: TreeNode | None) -> int:
    best = -math.inf

    def gain(node: TreeNode | None) -> int:
        nonlocal best
        if not node:
            return 0
        left = max(gain(node.left), 0)
        right = max(gain(node.right), 0)
        best = max(best, node.val + left + right)
        return node.val + max(left, right)

    gain(root)
    return int(best)
