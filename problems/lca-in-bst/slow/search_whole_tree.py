# Slow: the LCA of an unordered binary tree, searching both subtrees of every node: right,
# but it ignores the ordering and visits all n nodes.
from __future__ import annotations

from trainer.structures import TreeNode


def lowest_common_ancestor_bst(root: TreeNode | None, p: int, q: int) -> int:
    def find(node):
        if node is None:
            return None
        left, right = find(node.left), find(node.right)
        if node.val in (p, q) or (left is not None and right is not None):
            return node
        return left if left is not None else right

    return find(root).val
