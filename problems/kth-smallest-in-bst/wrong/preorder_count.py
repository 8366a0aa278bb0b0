# Wrong: counts nodes in pre-order (node before its left subtree), which is not the
# increasing order of the values.
from __future__ import annotations

from trainer.structures import TreeNode


def kth_smallest(root: TreeNode | None, k: int) -> int:
    stack = [root]
    while stack:
        node = stack.pop()
        k -= 1
        if k == 0:
            return node.val
        if node.right:
            stack.append(node.right)
        if node.left:
            stack.append(node.left)
    return -1
