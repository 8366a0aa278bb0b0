# Wrong: the level-order encoding writes only the nodes that exist, so the decoder cannot tell a left child from a right one and fills every level from the left.
from __future__ import annotations

from collections import deque

from trainer.structures import TreeNode


class TreeCodec:
    def serialize(self, root: TreeNode | None) -> str:
        if root is None:
            return ""
        vals = []
        q = deque([root])
        while q:
            node = q.popleft()
            vals.append(str(node.val))
            if node.left:
                q.append(node.left)
            if node.right:
                q.append(node.right)
        return ",".join(vals)

    def deserialize(self, data: str) -> TreeNode | None:
        if not data:
            return None
        vals = [int(v) for v in data.split(",")]
        nodes = [TreeNode(v) for v in vals]
        for i, node in enumerate(nodes):
            if 2 * i + 1 < len(nodes):
                node.left = nodes[2 * i + 1]
            if 2 * i + 2 < len(nodes):
                node.right = nodes[2 * i + 2]
        return nodes[0]
