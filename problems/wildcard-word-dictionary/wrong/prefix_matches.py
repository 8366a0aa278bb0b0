# Wrong: answers True once the pattern is used up inside the trie, without checking that
# a word ends there, so a pattern matching only the start of a stored word counts.
class WordDictionary:
    def __init__(self) -> None:
        self.root = {}

    def add_word(self, word: str) -> None:
        node = self.root
        for c in word:
            node = node.setdefault(c, {})
        node["*"] = True

    def search(self, pattern: str) -> bool:
        def go(node, i):
            if i == len(pattern):
                return True
            if pattern[i] == ".":
                return any(go(child, i + 1) for k, child in node.items() if k != "*")
            return pattern[i] in node and go(node[pattern[i]], i + 1)

        return go(self.root, 0)
