# Wrong: on a repeat, throws the whole window away and starts again at the current
# character, losing the characters after the earlier copy ("dvdf" gives 2, not 3).
def length_of_longest_substring(s: str) -> int:
    window = set()
    best = 0
    for c in s:
        if c in window:
            window = set()
        window.add(c)
        best = max(best, len(window))
    return best
