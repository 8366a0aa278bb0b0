# Wrong: a level-by-level search that stops at the first leaf it meets, which measures the
# shallowest leaf (the minimum depth), not the deepest one.
from __future__ import annotations

from collections import deque

from trainer.structures import TreeNode


def max_depth(root: TreeNode | None) -> int:
    if root is None:
        return 0
    queue = deque([(root, 1)])
    while queue:
        node, depth = queue.popleft()
        if node.left is None and node.right is None:
            return depth
        for child in (node.left, node.right):
            if child is not None:
                queue.append((child, depth + 1))
    return 0
