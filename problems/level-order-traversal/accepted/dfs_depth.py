# Accepted: recursive preorder (left before right), appending each value to its depth's list.
from __future__ import annotations

from trainer.structures import TreeNode


def level_order(root: TreeNode | None) -> list[list[int]]:
    levels: list[list[int]] = []

    def visit(node, depth):
        if node is None:
            return
        if depth == len(levels):
            levels.append([])
        levels[depth].append(node.val)
        visit(node.left, depth + 1)
        visit(node.right, depth + 1)

    visit(root, 0)
    return levels
