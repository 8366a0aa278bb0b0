# Wrong: assumes p <= q, so when p is the larger value a node that splits them is taken
# for one that has both on its left.
from __future__ import annotations

from trainer.structures import TreeNode


def lowest_common_ancestor_bst(root: TreeNode | None, p: int, q: int) -> int:
    node = root
    while node:
        if q < node.val:
            node = node.left
        elif p > node.val:
            node = node.right
        else:
            return node.val
    return root.val
