# Accepted: level order written as "[1,2,null,...]" with trailing nulls dropped, read back with a deque.
from __future__ import annotations

from collections import deque

from trainer.structures import TreeNode


class TreeCodec:
    def serialize(self, root: TreeNode | None) -> str:
        if not root:
            return "[]"
        res = []
        q = deque([root])
        while q:
            node = q.popleft()
            if node:
                res.append(str(node.val))
                q.append(node.left)
                q.append(node.right)
            else:
                res.append("null")
        while res and res[-1] == "null":
            res.pop()
        return "[" + ",".join(res) + "]"

    def deserialize(self, data: str) -> TreeNode | None:
        if data == "[]":
            return None
        vals = data[1:-1].split(",")
        root = TreeNode(int(vals[0]))
        q = deque([root])
        i = 1
        while q and i < len(vals):
            node = q.popleft()
            if i < len(vals) and vals[i] != "null":
                node.left = TreeNode(int(vals[i]))
                q.append(node.left)
            i += 1
            if i < len(vals) and vals[i] != "null":
                node.right = TreeNode(int(vals[i]))
                q.append(node.right)
            i += 1
        return root
