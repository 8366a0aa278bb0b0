# Accepted: a self-nesting defaultdict as the tree; the queries test membership first so
# that they never create nodes.
from collections import defaultdict


def _tree():
    return defaultdict(_tree)


class Trie:
    def __init__(self) -> None:
        self.root = _tree()

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node[ch]
        node["*"] = True

    def search(self, word: str) -> bool:
        node = self.root
        for ch in word:
            if ch not in node:
                return False
            node = node[ch]
        return "*" in node

    def starts_with(self, prefix: str) -> bool:
        node = self.root
        for ch in prefix:
            if ch not in node:
                return False
            node = node[ch]
        return True
