# Accepted: recursive in-order into a list, then a check that it strictly increases.
from __future__ import annotations

from trainer.structures import TreeNode


def is_valid_bst(root: TreeNode | None) -> bool:
    values = []

    def walk(node):
        if node:
            walk(node.left)
            values.append(node.val)
            walk(node.right)

    walk(root)
    return all(a < b for a, b in zip(values, values[1:]))
