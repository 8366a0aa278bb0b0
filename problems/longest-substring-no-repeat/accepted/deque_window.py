# Accepted: collections.deque as the window plus a Counter of its characters.
from collections import Counter, deque


def length_of_longest_substring(s: str) -> int:
    window = deque()
    inside = Counter()
    best = 0
    for ch in s:
        window.append(ch)
        inside[ch] += 1
        while inside[ch] > 1:
            inside[window.popleft()] -= 1
        best = max(best, len(window))
    return best
