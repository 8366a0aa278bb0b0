# Accepted: iterative in-order traversal, each value compared with the previous one, the
# first one starting from minus infinity.
from __future__ import annotations

import math

from trainer.structures import TreeNode


def is_valid_bst(root: TreeNode | None) -> bool:
    prev = -math.inf
    stack = []
    node = root
    while stack or node:
        while node:
            stack.append(node)
            node = node.left
        node = stack.pop()
        if node.val <= prev:
            return False
        prev = node.val
        node = node.right
    return True
