# Accepted: a lazy in-order generator; islice takes only the first k values.
from __future__ import annotations

from itertools import islice

from trainer.structures import TreeNode


def inorder(node):
    stack = []
    while stack or node:
        while node:
            stack.append(node)
            node = node.left
        node = stack.pop()
        yield node.val
        node = node.right


def kth_smallest(root: TreeNode | None, k: int) -> int:
    return next(islice(inorder(root), k - 1, None))
