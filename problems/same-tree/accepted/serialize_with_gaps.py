# Accepted: serializes each tree in preorder with a marker for every missing child, then
# compares the two lists.
from __future__ import annotations

from trainer.structures import TreeNode


def serialize(root: TreeNode | None) -> list:
    out = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            out.append("#")
        else:
            out.append(node.val)
            stack.append(node.right)
            stack.append(node.left)
    return out


def is_same_tree(p: TreeNode | None, q: TreeNode | None) -> bool:
    return serialize(p) == serialize(q)
