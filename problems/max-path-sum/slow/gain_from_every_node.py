# Correct but O(n^2): recomputes the best downward gain of both children afresh at every
# node, so on a deep tree each gain is computed once per ancestor.
from __future__ import annotations

from trainer.structures import TreeNode


def down(node: TreeNode | None) -> int:
    if node is None:
        return 0
    return node.val + max(0, down(node.left), down(node.right))


def max_path_sum(root: TreeNode | None) -> int:
    best = root.val
    stack = [root]
    while stack:
        node = stack.pop()
        best = max(best, node.val + max(0, down(node.left)) + max(0, down(node.right)))
        stack.extend(child for child in (node.left, node.right) if child)
    return best
