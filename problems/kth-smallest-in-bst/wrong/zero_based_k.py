# Wrong: treats k as 0-based, so it returns the (k+1)-th smallest value (and fails when k = n).
from __future__ import annotations

from trainer.structures import TreeNode


def kth_smallest(root: TreeNode | None, k: int) -> int:
    values = []

    def walk(node):
        if node:
            walk(node.left)
            values.append(node.val)
            walk(node.right)

    walk(root)
    return values[k]
