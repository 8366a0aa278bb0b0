# Wrong: takes the k-th node of the BFS order to be at depth floor(log2(k + 1)), which is
# true only of a complete tree: any missing node shifts the levels.
from __future__ import annotations

from collections import deque

from trainer.structures import TreeNode


def level_order(root: TreeNode | None) -> list[list[int]]:
    result = []
    queue = deque([root] if root else [])
    k = 0
    while queue:
        node = queue.popleft()
        depth = (k + 1).bit_length() - 1
        if depth == len(result):
            result.append([])
        result[-1].append(node.val)
        k += 1
        for child in (node.left, node.right):
            if child:
                queue.append(child)
    return result
