# Accepted: recursive in-order with a counter in a nonlocal, stopping once the answer is set.
from __future__ import annotations

from trainer.structures import TreeNode


def kth_smallest(root: TreeNode | None, k: int) -> int:
    count = 0
    answer = None

    def inorder(node):
        nonlocal count, answer
        if node is None or answer is not None:
            return
        inorder(node.left)
        if answer is not None:
            return
        count += 1
        if count == k:
            answer = node.val
            return
        inorder(node.right)

    inorder(root)
    return answer
