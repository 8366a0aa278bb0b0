# Wrong: requires the shallowest and the deepest leaf to be within one level of each
# other, a stricter rule: many height-balanced trees have leaves two or more levels apart.
from __future__ import annotations

from trainer.structures import TreeNode


def is_balanced(root: TreeNode | None) -> bool:
    if root is None:
        return True
    depths = []
    stack = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if node.left is None and node.right is None:
            depths.append(depth)
        for child in (node.left, node.right):
            if child is not None:
                stack.append((child, depth + 1))
    return max(depths) - min(depths) <= 1
