# Wrong: greedy, always takes the longest word that fits at the current position and
# never goes back, so "aaaa" with "aaa" and "aa" is cut "aaa" + "a" and fails.
def word_break(s: str, words: list[str]) -> bool:
    by_length = sorted(set(words), key=len, reverse=True)
    i = 0
    while i < len(s):
        for w in by_length:
            if s.startswith(w, i):
                i += len(w)
                break
        else:
            return False
    return True
