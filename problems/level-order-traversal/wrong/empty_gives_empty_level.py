# Wrong: an empty tree gives [[]], one empty level, instead of [].
from __future__ import annotations

from collections import deque

from trainer.structures import TreeNode


def level_order(root: TreeNode | None) -> list[list[int]]:
    levels = [[]]
    queue = deque([(root, 0)])
    while queue:
        node, depth = queue.popleft()
        if node is None:
            continue
        while len(levels) <= depth:
            levels.append([])
        levels[depth].append(node.val)
        queue.append((node.left, depth + 1))
        queue.append((node.right, depth + 1))
    return levels
