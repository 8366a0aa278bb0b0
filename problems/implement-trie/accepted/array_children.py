# Accepted: each node is a list of 26 child slots plus an end flag in slot 26.
class Trie:
    def __init__(self) -> None:
        self.root = [None] * 27

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            i = ord(ch) - 97
            if node[i] is None:
                node[i] = [None] * 27
            node = node[i]
        node[26] = True

    def _walk(self, s: str):
        node = self.root
        for ch in s:
            node = node[ord(ch) - 97]
            if node is None:
                return None
        return node

    def search(self, word: str) -> bool:
        node = self._walk(word)
        return node is not None and node[26] is True

    def starts_with(self, prefix: str) -> bool:
        return self._walk(prefix) is not None
