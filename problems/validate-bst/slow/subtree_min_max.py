# Slow: at every node, scans the whole left subtree for its largest value and the whole
# right subtree for its smallest: O(n^2) on a deep tree.
from __future__ import annotations

from trainer.structures import TreeNode


def values(node):
    stack, out = [node], []
    while stack:
        n = stack.pop()
        if n:
            out.append(n.val)
            stack += [n.left, n.right]
    return out


def is_valid_bst(root: TreeNode | None) -> bool:
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        if node.left and max(values(node.left)) >= node.val:
            return False
        if node.right and min(values(node.right)) <= node.val:
            return False
        stack += [node.left, node.right]
    return True
