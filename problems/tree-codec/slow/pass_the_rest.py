# Slow: each call of the decoder takes a list of tokens and passes tokens[1:] on, a copy of the rest of the list per token: O(n^2).
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
        def build(tokens):
            if tokens[0] == "#":
                return None, tokens[1:]
            node = TreeNode(int(tokens[0]))
            node.left, rest = build(tokens[1:])
            node.right, rest = build(rest)
            return node, rest

        return build(data.split(","))[0]
