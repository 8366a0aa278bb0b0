# Accepted: lists the nodes in BFS order, then walks that list backwards so children come
# before parents, storing each node's gain in a dict.
from __future__ import annotations

from collections import deque

from trainer.structures import TreeNode


def max_path_sum(root: TreeNode | None) -> int:
    order = []
    queue = deque([root])
    while queue:
        node = queue.popleft()
        order.append(node)
        for child in (node.left, node.right):
            if child:
                queue.append(child)
    gain = {}
    answer = root.val
    for node in reversed(order):
        left = max(gain.get(node.left, 0), 0) if node.left else 0
        right = max(gain.get(node.right, 0), 0) if node.right else 0
        answer = max(answer, node.val + left + right)
        gain[node] = node.val + max(left, right)
    return answer
