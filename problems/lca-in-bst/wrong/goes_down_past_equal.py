# Wrong: moves on while both values are <= (or >=) the node, so when p or q is the node
# itself it goes past it, and p as an ancestor of q is never returned.
from __future__ import annotations

from trainer.structures import TreeNode


def lowest_common_ancestor_bst(root: TreeNode | None, p: int, q: int) -> int:
    node = root
    answer = root.val
    while node:
        answer = node.val
        if p <= node.val and q <= node.val:
            node = node.left
        elif p >= node.val and q >= node.val:
            node = node.right
        else:
            break
    return answer
