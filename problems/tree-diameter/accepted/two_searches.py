# Accepted: treats the tree as a graph: a breadth-first search from any node finds one end
# of a longest path, a second one from there measures it.
from __future__ import annotations

from collections import deque

from trainer.structures import TreeNode


def farthest(start: TreeNode, neighbours: dict) -> tuple[TreeNode, int]:
    dist = {start: 0}
    queue = deque([start])
    last = start
    while queue:
        last = queue.popleft()
        for other in neighbours[last]:
            if other not in dist:
                dist[other] = dist[last] + 1
                queue.append(other)
    return last, dist[last]


def diameter_of_tree(root: TreeNode | None) -> int:
    if root is None:
        return 0
    neighbours = {root: []}
    stack = [root]
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child is not None:
                neighbours[node].append(child)
                neighbours[child] = [node]
                stack.append(child)
    end, _ = farthest(root, neighbours)
    return farthest(end, neighbours)[1]
