# Wrong: records the window's length only when a repeat ends it, so the window still open
# at the end of the string is never counted ("abcd" gives 0).
def length_of_longest_substring(s: str) -> int:
    window = []
    best = 0
    for c in s:
        if c in window:
            best = max(best, len(window))
            window = window[window.index(c) + 1:]
        window.append(c)
    return best
