# Wrong: never marks where a word ends, so search says True for any prefix of a stored
# word ("app" after inserting "apple").
class Trie:
    def __init__(self) -> None:
        self.root = {}

    def insert(self, word: str) -> None:
        node = self.root
        for letter in word:
            node = node.setdefault(letter, {})

    def search(self, word: str) -> bool:
        node = self.root
        for letter in word:
            if letter not in node:
                return False
            node = node[letter]
        return True

    def starts_with(self, prefix: str) -> bool:
        return self.search(prefix)
