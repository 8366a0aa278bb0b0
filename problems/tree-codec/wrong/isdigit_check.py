# Wrong: tells a value from the null marker with str.isdigit(), which is False for "-5", so every negative value is read back as a missing child.
from __future__ import annotations

from trainer.structures import TreeNode


class TreeCodec:
    def serialize(self, root: TreeNode | None) -> str:
        out = []

        def go(node):
            if not node:
                out.append("N")
                return
            out.append(str(node.val))
            go(node.left)
            go(node.right)

        go(root)
        return ",".join(out)

    def deserialize(self, data: str) -> TreeNode | None:
        tokens = data.split(",")
        self.pos = 0

        def go():
            token = tokens[self.pos]
            self.pos += 1
            if not token.isdigit():
                return None
            node = TreeNode(int(token))
            node.left = go()
            node.right = go()
            return node

        return go()
