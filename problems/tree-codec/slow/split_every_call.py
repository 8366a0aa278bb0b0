# Slow: the recursive decoder splits the whole string again on every call to find the token at its index: O(n) per node, O(n^2) in all.
from __future__ import annotations

from trainer.structures import TreeNode


class TreeCodec:
    def serialize(self, root: TreeNode | None) -> str:
        out = []

        def walk(node):
            if node is None:
                out.append("#")
            else:
                out.append(str(node.val))
                walk(node.left)
                walk(node.right)

        walk(root)
        return ",".join(out)

    def deserialize(self, data: str) -> TreeNode | None:
        self.i = 0

        def build():
            token = data.split(",")[self.i]
            self.i += 1
            if token == "#":
                return None
            node = TreeNode(int(token))
            node.left = build()
            node.right = build()
            return node

        return build()
