# Wrong: at a dot it returns the result of the first child it tries instead of trying the
# others when that one fails, so a match down a later branch is missed.
class WordDictionary:
    def __init__(self) -> None:
        self.root = {}

    def add_word(self, word: str) -> None:
        node = self.root
        for c in word:
            node = node.setdefault(c, {})
        node["end"] = True

    def search(self, pattern: str) -> bool:
        def go(node, i):
            if i == len(pattern):
                return "end" in node
            c = pattern[i]
            if c == ".":
                for key, child in node.items():
                    if key != "end":
                        return go(child, i + 1)
                return False
            return c in node and go(node[c], i + 1)

        return go(self.root, 0)
