# Accepted: breadth-first traversal with collections.deque, swapping children level by level.
from __future__ import annotations

from collections import deque

from trainer.structures import TreeNode


def invert_tree(root: TreeNode | None) -> TreeNode | None:
    if not root:
        return root
    queue = deque([root])
    while queue:
        node = queue.popleft()
        node.left, node.right = node.right, node.left
        if node.left:
            queue.append(node.left)
        if node.right:
            queue.append(node.right)
    return root
