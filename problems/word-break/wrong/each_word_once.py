# Wrong: removes a word from the dictionary once it is used, so a word can appear only
# once: "aa" with the word "a" fails.
def word_break(s: str, words: list[str]) -> bool:
    def can(rest, left):
        if not rest:
            return True
        for w in set(left):
            if rest.startswith(w):
                remaining = list(left)
                remaining.remove(w)
                if can(rest[len(w):], remaining):
                    return True
        return False

    return can(s, list(words))
