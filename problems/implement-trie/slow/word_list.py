# Correct but O(n*L) per query: keeps the words in a list and compares every one of them.
class Trie:
    def __init__(self) -> None:
        self.words = []

    def insert(self, word: str) -> None:
        self.words.append(word)

    def search(self, word: str) -> bool:
        return any(stored == word for stored in self.words)

    def starts_with(self, prefix: str) -> bool:
        return any(stored.startswith(prefix) for stored in self.words)
