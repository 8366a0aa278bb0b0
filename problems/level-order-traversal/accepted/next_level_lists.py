# Accepted: BFS with plain lists, building the next level's nodes from the current one.
from __future__ import annotations

from trainer.structures import TreeNode


def level_order(root: TreeNode | None) -> list[list[int]]:
    result = []
    level = [root] if root else []
    while level:
        result.append([node.val for node in level])
        level = [child for node in level for child in (node.left, node.right) if child]
    return result
