# Accepted: breadth-first over pairs of nodes with collections.deque.
from __future__ import annotations

from collections import deque

from trainer.structures import TreeNode


def is_same_tree(p: TreeNode | None, q: TreeNode | None) -> bool:
    queue = deque([(p, q)])
    while queue:
        a, b = queue.popleft()
        if not a and not b:
            continue
        if not a or not b:
            return False
        if a.val != b.val:
            return False
        queue.append((a.left, b.left))
        queue.append((a.right, b.right))
    return True
