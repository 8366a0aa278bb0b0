# Accepted: iterative preorder with an explicit stack, space-separated tokens, decoded with a shared index.
from __future__ import annotations

from trainer.structures import TreeNode


class TreeCodec:
    def serialize(self, root: TreeNode | None) -> str:
        parts = []
        stack = [root]
        while stack:
            node = stack.pop()
            if node is None:
                parts.append("x")
            else:
                parts.append(str(node.val))
                stack.append(node.right)
                stack.append(node.left)
        return " ".join(parts)

    def deserialize(self, data: str) -> TreeNode | None:
        parts = data.split()
        self.i = 0

        def build():
            token = parts[self.i]
            self.i += 1
            if token == "x":
                return None
            node = TreeNode(int(token))
            node.left = build()
            node.right = build()
            return node

        return build()
