# Accepted: each recursive call returns a (balanced, height) tuple.
from __future__ import annotations

from trainer.structures import TreeNode


def check(node: TreeNode | None) -> tuple[bool, int]:
    if node is None:
        return True, 0
    left_ok, left = check(node.left)
    right_ok, right = check(node.right)
    return left_ok and right_ok and abs(left - right) <= 1, 1 + max(left, right)


def is_balanced(root: TreeNode | None) -> bool:
    return check(root)[0]
