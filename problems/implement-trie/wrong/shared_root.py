# Wrong: the root dictionary is a class attribute, shared by every Trie ever created, so a
# new trie already "contains" the words inserted into earlier ones.
class Trie:
    root = {}

    def insert(self, word: str) -> None:
        node = self.root
        for letter in word:
            node = node.setdefault(letter, {})
        node["#"] = True

    def search(self, word: str) -> bool:
        node = self.root
        for letter in word:
            if letter not in node:
                return False
            node = node[letter]
        return "#" in node

    def starts_with(self, prefix: str) -> bool:
        node = self.root
        for letter in prefix:
            if letter not in node:
                return False
            node = node[letter]
        return True
