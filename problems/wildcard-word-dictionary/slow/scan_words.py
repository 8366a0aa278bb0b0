# Correct but O(n*L) per search: keeps the words in a list and compares the pattern with
# every word of the same length, letter by letter.
class WordDictionary:
    def __init__(self) -> None:
        self.words = []

    def add_word(self, word: str) -> None:
        self.words.append(word)

    def search(self, pattern: str) -> bool:
        for w in self.words:
            if len(w) != len(pattern):
                continue
            if all(p == "." or p == c for p, c in zip(pattern, w)):
                return True
        return False
