# Accepted: iterative; the node splits p and q when (p - val) and (q - val) do not have the
# same strict sign, which their product tells.
from __future__ import annotations

from trainer.structures import TreeNode


def lowest_common_ancestor_bst(root: TreeNode | None, p: int, q: int) -> int:
    node = root
    while (p - node.val) * (q - node.val) > 0:
        node = node.left if p < node.val else node.right
    return node.val
