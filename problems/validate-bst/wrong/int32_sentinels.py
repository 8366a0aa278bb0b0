# Wrong: starts the exclusive bounds at the 32-bit extremes, so a valid tree holding
# -2^31 or 2^31 - 1 is rejected.
from __future__ import annotations

from trainer.structures import TreeNode


def is_valid_bst(root: TreeNode | None) -> bool:
    def ok(node, low, high):
        if node is None:
            return True
        if not low < node.val < high:
            return False
        return ok(node.left, low, node.val) and ok(node.right, node.val, high)

    return ok(root, -2**31, 2**31 - 1)
