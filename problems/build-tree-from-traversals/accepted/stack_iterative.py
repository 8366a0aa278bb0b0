# Accepted: the iterative stack method: go left with each new pre-order value until the
# stack top matches the next in-order value, then pop and attach the next value on the right.
from __future__ import annotations

from trainer.structures import TreeNode


def build_tree(preorder: list[int], inorder: list[int]) -> TreeNode | None:
    if not preorder:
        return None
    root = TreeNode(preorder[0])
    stack = [root]
    j = 0
    for value in preorder[1:]:
        node = stack[-1]
        if node.val != inorder[j]:
            node.left = TreeNode(value)
            stack.append(node.left)
        else:
            while stack and stack[-1].val == inorder[j]:
                node = stack.pop()
                j += 1
            node.right = TreeNode(value)
            stack.append(node.right)
    return root
