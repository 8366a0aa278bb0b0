# Slow: lists every value in order, then indexes the list: O(n) even when k = 1.
from __future__ import annotations

from trainer.structures import TreeNode


def kth_smallest(root: TreeNode | None, k: int) -> int:
    values = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node:
            values.append(node.val)
            stack += [node.left, node.right]
    values.sort()
    return values[k - 1]
