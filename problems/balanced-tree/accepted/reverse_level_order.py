# Accepted: lists the nodes level by level, then fills a dict of heights from the deepest
# level up, checking each node once both children have theirs.
from __future__ import annotations

from trainer.structures import TreeNode


def is_balanced(root: TreeNode | None) -> bool:
    order = [root] if root else []
    for node in order:  # the list grows while it is walked: a breadth-first order
        order.extend(child for child in (node.left, node.right) if child)
    heights: dict[TreeNode | None, int] = {None: 0}
    for node in reversed(order):
        left, right = heights[node.left], heights[node.right]
        if abs(left - right) > 1:
            return False
        heights[node] = max(left, right) + 1
    return True
