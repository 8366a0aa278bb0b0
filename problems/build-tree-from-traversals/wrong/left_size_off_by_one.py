# Wrong: slices the left subtree's pre-order as preorder[1:mid], one value short, which
# hands the left subtree's last value to the right subtree.
from __future__ import annotations

from trainer.structures import TreeNode


def build_tree(preorder: list[int], inorder: list[int]) -> TreeNode | None:
    if not preorder or not inorder:
        return None
    root = TreeNode(preorder[0])
    mid = inorder.index(preorder[0])
    root.left = build_tree(preorder[1:mid], inorder[:mid])
    root.right = build_tree(preorder[mid:], inorder[mid + 1:])
    return root
