# Accepted: slides only over the positions whose character occurs in t, with collections.Counter.
from collections import Counter


def min_window(s: str, t: str) -> str:
    need = Counter(t)
    spots = [(i, ch) for i, ch in enumerate(s) if ch in need]
    window = Counter()
    satisfied = 0
    ans = (float("inf"), 0, 0)
    lo = 0
    for i, ch in spots:
        window[ch] += 1
        if window[ch] == need[ch]:
            satisfied += 1
        while satisfied == len(need):
            start = spots[lo][0]
            if i - start + 1 < ans[0]:
                ans = (i - start + 1, start, i + 1)
            first = spots[lo][1]
            window[first] -= 1
            if window[first] < need[first]:
                satisfied -= 1
            lo += 1
    return "" if ans[0] == float("inf") else s[ans[1]:ans[2]]
