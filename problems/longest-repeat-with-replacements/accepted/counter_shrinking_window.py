# Accepted: collections.Counter window that shrinks with a while loop, recomputing the top
# count over the (at most 26) letters: O(26 n).
from collections import Counter


def character_replacement(s: str, k: int) -> int:
    counts = Counter()
    left = 0
    best = 0
    for right, ch in enumerate(s):
        counts[ch] += 1
        while (right - left + 1) - max(counts.values()) > k:
            counts[s[left]] -= 1
            left += 1
        best = max(best, right - left + 1)
    return best
