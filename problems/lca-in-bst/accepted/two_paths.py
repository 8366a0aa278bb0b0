# Accepted: walks the search path to p and to q, and returns the last value they share.
from __future__ import annotations

from trainer.structures import TreeNode


def path(root: TreeNode, target: int) -> list[int]:
    out = []
    node = root
    while node:
        out.append(node.val)
        if target == node.val:
            break
        node = node.left if target < node.val else node.right
    return out


def lowest_common_ancestor_bst(root: TreeNode | None, p: int, q: int) -> int:
    answer = root.val
    for a, b in zip(path(root, p), path(root, q)):
        if a != b:
            break
        answer = a
    return answer
