# Wrong: compares the preorder lists of values only, with no marker for a missing child,
# so a lone left child and a lone right child with the same value look the same.
from __future__ import annotations

from trainer.structures import TreeNode


def preorder(root: TreeNode | None) -> list[int]:
    out = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node is not None:
            out.append(node.val)
            stack.append(node.right)
            stack.append(node.left)
    return out


def is_same_tree(p: TreeNode | None, q: TreeNode | None) -> bool:
    return preorder(p) == preorder(q)
