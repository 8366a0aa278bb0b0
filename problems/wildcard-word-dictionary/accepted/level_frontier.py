# Accepted: no recursion; the search keeps the set of trie nodes reached by the pattern
# so far, one character at a time, and checks for an end mark among the last ones.
class WordDictionary:
    def __init__(self) -> None:
        self.trie = {}

    def add_word(self, word: str) -> None:
        t = self.trie
        for c in word:
            t = t.setdefault(c, {})
        t["#"] = {}

    def search(self, pattern: str) -> bool:
        frontier = [self.trie]
        for c in pattern:
            nxt = []
            for node in frontier:
                if c == ".":
                    nxt.extend(child for key, child in node.items() if key != "#")
                elif c in node:
                    nxt.append(node[c])
            if not nxt:
                return False
            frontier = nxt
        return any("#" in node for node in frontier)
