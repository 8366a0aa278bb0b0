# Wrong: greedy, always takes the shortest word that fits and never goes back, so "ab"
# with "a" and "ab" takes "a" and is stuck on "b".
def word_break(s: str, words: list[str]) -> bool:
    by_length = sorted(set(words), key=len)
    i = 0
    while i < len(s):
        for w in by_length:
            if s.startswith(w, i):
                i += len(w)
                break
        else:
            return False
    return True
