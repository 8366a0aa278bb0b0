# Slow: the textbook recursion with inorder.index and list slices: O(n) per node, O(n^2)
# on a deep tree.
from __future__ import annotations

from trainer.structures import TreeNode


def build_tree(preorder: list[int], inorder: list[int]) -> TreeNode | None:
    if not preorder:
        return None
    root = TreeNode(preorder[0])
    mid = inorder.index(preorder[0])
    root.left = build_tree(preorder[1:mid + 1], inorder[:mid])
    root.right = build_tree(preorder[mid + 1:], inorder[mid + 1:])
    return root
