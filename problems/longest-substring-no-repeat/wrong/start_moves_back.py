# Wrong: jumps the start to just after the character's last position even when that
# position is already outside the window, so the start can move back ("abba" gives 3).
def length_of_longest_substring(s: str) -> int:
    last = {}
    start = best = 0
    for end, c in enumerate(s):
        if c in last:
            start = last[c] + 1
        last[c] = end
        best = max(best, end - start + 1)
    return best
