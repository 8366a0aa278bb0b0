# Wrong: adds the children's gains even when they are negative, so a path is forced to
# extend into a subtree that only lowers its sum.
from __future__ import annotations

import math

from trainer.structures import TreeNode


def max_path_sum(root: TreeNode | None) -> int:
    best = -math.inf

    def gain(node):
        nonlocal best
        if node is None:
            return 0
        left, right = gain(node.left), gain(node.right)
        best = max(best, node.val + left + right)
        return node.val + max(left, right)

    gain(root)
    return best
