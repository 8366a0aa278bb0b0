# Slow: collects each level with a fresh walk from the root down to that depth: O(n*h),
# quadratic on a deep tree.
from __future__ import annotations

from trainer.structures import TreeNode


def level_order(root: TreeNode | None) -> list[list[int]]:
    def at_depth(node, depth, out):
        while node is not None:  # loop down single children, recurse at forks
            if depth == 0:
                out.append(node.val)
                return
            if node.left is not None and node.right is not None:
                at_depth(node.left, depth - 1, out)
                node, depth = node.right, depth - 1
            else:
                node, depth = node.left or node.right, depth - 1

    levels = []
    depth = 0
    while True:
        level: list[int] = []
        at_depth(root, depth, level)
        if not level:
            return levels
        levels.append(level)
        depth += 1
