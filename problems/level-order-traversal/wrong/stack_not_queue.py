# Wrong: uses a list as the queue but pops from its end, so the nodes of a level come out
# in a scrambled order (a stack, not a queue), not from left to right.
from __future__ import annotations

from trainer.structures import TreeNode


def level_order(root: TreeNode | None) -> list[list[int]]:
    if root is None:
        return []
    result = []
    queue = [root]
    while queue:
        level = []
        for _ in range(len(queue)):
            node = queue.pop()
            level.append(node.val)
            if node.left:
                queue.append(node.left)
            if node.right:
                queue.append(node.right)
        result.append(level)
    return result
