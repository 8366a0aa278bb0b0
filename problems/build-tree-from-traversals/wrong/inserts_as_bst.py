# Wrong: ignores inorder and inserts the pre-order values into a binary search tree,
# which is the right tree only when the tree happens to be a BST.
from __future__ import annotations

from trainer.structures import TreeNode


def build_tree(preorder: list[int], inorder: list[int]) -> TreeNode | None:
    root = None
    for value in preorder:
        if root is None:
            root = TreeNode(value)
            continue
        node = root
        while True:
            if value < node.val:
                if node.left is None:
                    node.left = TreeNode(value)
                    break
                node = node.left
            else:
                if node.right is None:
                    node.right = TreeNode(value)
                    break
                node = node.right
    return root
