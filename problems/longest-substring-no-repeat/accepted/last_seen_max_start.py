# Accepted: last positions in a dict; the window start jumps forward with max(start, last + 1).
def length_of_longest_substring(s: str) -> int:
    last_seen = {}
    start = 0
    best = 0
    for i, ch in enumerate(s):
        start = max(start, last_seen.get(ch, -1) + 1)
        last_seen[ch] = i
        best = max(best, i - start + 1)
    return best
