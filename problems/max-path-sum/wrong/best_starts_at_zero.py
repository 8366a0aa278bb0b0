# Wrong: starts the best sum at 0, as if the empty path counted, so a tree of negative
# values gets 0 instead of its largest value.
from __future__ import annotations

from trainer.structures import TreeNode


def max_path_sum(root: TreeNode | None) -> int:
    best = 0

    def gain(node):
        nonlocal best
        if node is None:
            return 0
        left = max(gain(node.left), 0)
        right = max(gain(node.right), 0)
        best = max(best, node.val + left + right)
        return node.val + max(left, right)

    gain(root)
    return best
