# Wrong: keeps the tree inside the codec and returns a placeholder string, so deserialize on a second, fresh codec has nothing to rebuild.
from __future__ import annotations

from trainer.structures import TreeNode


class TreeCodec:
    def __init__(self) -> None:
        self.root = None

    def serialize(self, root: TreeNode | None) -> str:
        self.root = root
        return "stored"

    def deserialize(self, data: str) -> TreeNode | None:
        return self.root
