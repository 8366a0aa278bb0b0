# Wrong: writes only the preorder and inorder values and rebuilds from them, which needs distinct values; with repeated values the split point is found at the wrong place.
from __future__ import annotations

from trainer.structures import TreeNode


class TreeCodec:
    def serialize(self, root: TreeNode | None) -> str:
        pre, ino = [], []

        def walk(node):
            if node:
                pre.append(str(node.val))
                walk(node.left)
                ino.append(str(node.val))
                walk(node.right)

        walk(root)
        return ",".join(pre) + "|" + ",".join(ino)

    def deserialize(self, data: str) -> TreeNode | None:
        left_part, right_part = data.split("|")
        pre = [int(v) for v in left_part.split(",")] if left_part else []
        ino = [int(v) for v in right_part.split(",")] if right_part else []
        where = {v: i for i, v in enumerate(ino)}
        self.k = 0

        def build(lo, hi):
            if lo > hi:
                return None
            val = pre[self.k]
            self.k += 1
            node = TreeNode(val)
            mid = where[val]
            node.left = build(lo, mid - 1)
            node.right = build(mid + 1, hi)
            return node

        return build(0, len(ino) - 1)
