# Accepted: iterative DFS with an explicit stack of (node, depth) tuples.
from __future__ import annotations

from trainer.structures import TreeNode


def max_depth(root: TreeNode | None) -> int:
    best = 0
    stack = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if node is None:
            continue
        best = max(best, depth)
        stack.append((node.left, depth + 1))
        stack.append((node.right, depth + 1))
    return best
