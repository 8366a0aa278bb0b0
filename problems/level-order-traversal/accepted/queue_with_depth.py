# Accepted: one deque of (node, depth) pairs; a new list starts whenever the depth grows.
from __future__ import annotations

import collections

from trainer.structures import TreeNode


def level_order(root: TreeNode | None) -> list[list[int]]:
    out = []
    q = collections.deque([(root, 0)])
    while q:
        node, d = q.popleft()
        if not node:
            continue
        if d == len(out):
            out.append([])
        out[d].append(node.val)
        q.append((node.left, d + 1))
        q.append((node.right, d + 1))
    return out
