# Accepted: BFS with collections.deque, counting the levels.
from __future__ import annotations

from collections import deque

from trainer.structures import TreeNode


def max_depth(root: TreeNode | None) -> int:
    if not root:
        return 0
    queue = deque([root])
    levels = 0
    while queue:
        levels += 1
        for _ in range(len(queue)):
            node = queue.popleft()
            if node.left:
                queue.append(node.left)
            if node.right:
                queue.append(node.right)
    return levels
