# Wrong: starts_with also requires the end-of-word mark, so it only finds prefixes that
# are themselves stored words.
class Trie:
    def __init__(self) -> None:
        self.root = {}

    def insert(self, word: str) -> None:
        node = self.root
        for letter in word:
            node = node.setdefault(letter, {})
        node["#"] = True

    def _find(self, text: str):
        node = self.root
        for letter in text:
            if letter not in node:
                return None
            node = node[letter]
        return node

    def search(self, word: str) -> bool:
        node = self._find(word)
        return node is not None and "#" in node

    def starts_with(self, prefix: str) -> bool:
        node = self._find(prefix)
        return node is not None and "#" in node
