# Correct but exponential: the plain recursion tries every prefix that is a word and
# retries the same failing rests over and over.
def word_break(s: str, words: list[str]) -> bool:
    dictionary = set(words)

    def can(start: int) -> bool:
        if start == len(s):
            return True
        for end in range(start + 1, len(s) + 1):
            if s[start:end] in dictionary and can(end):
                return True
        return False

    return can(0)
