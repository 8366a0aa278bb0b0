# Accepted: recursive, with exclusive bounds that start as None (no bound).
from __future__ import annotations

from trainer.structures import TreeNode


def is_valid_bst(root: TreeNode | None) -> bool:
    def ok(node, low, high):
        if node is None:
            return True
        if low is not None and node.val <= low:
            return False
        if high is not None and node.val >= high:
            return False
        return ok(node.left, low, node.val) and ok(node.right, node.val, high)

    return ok(root, None, None)
