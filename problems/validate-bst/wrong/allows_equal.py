# Wrong: uses non-strict comparisons, so a value equal to an ancestor's (a duplicate) is
# accepted.
from __future__ import annotations

from trainer.structures import TreeNode


def is_valid_bst(root: TreeNode | None) -> bool:
    def ok(node, low, high):
        if node is None:
            return True
        if not low <= node.val <= high:
            return False
        return ok(node.left, low, node.val) and ok(node.right, node.val, high)

    return ok(root, float("-inf"), float("inf"))
