# Wrong: visits the right subtree first, so it counts from the largest value down and
# returns the k-th largest.
from __future__ import annotations

from trainer.structures import TreeNode


def kth_smallest(root: TreeNode | None, k: int) -> int:
    stack = []
    node = root
    while True:
        while node:
            stack.append(node)
            node = node.right
        node = stack.pop()
        k -= 1
        if k == 0:
            return node.val
        node = node.left
