# Wrong: returns the bent path (val + left + right) to the parent as if it could be
# extended upwards, which would visit the node's both children and its parent.
from __future__ import annotations

import math

from trainer.structures import TreeNode


def max_path_sum(root: TreeNode | None) -> int:
    best = -math.inf

    def gain(node):
        nonlocal best
        if node is None:
            return 0
        left = max(gain(node.left), 0)
        right = max(gain(node.right), 0)
        best = max(best, node.val + left + right)
        return node.val + left + right

    gain(root)
    return best
