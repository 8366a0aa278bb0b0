# Wrong: records a window when it is as short as the best so far, not strictly shorter,
# so among equally short windows the last one wins instead of the leftmost.
from collections import Counter


def min_window(s: str, t: str) -> str:
    need = Counter(t)
    missing = len(t)
    left = 0
    best = None
    for right, ch in enumerate(s):
        if need[ch] > 0:
            missing -= 1
        need[ch] -= 1
        if missing == 0:
            while need[s[left]] < 0:
                need[s[left]] += 1
                left += 1
            if best is None or right - left + 1 <= best[1] - best[0]:
                best = (left, right + 1)
            need[s[left]] += 1
            missing += 1
            left += 1
    return s[best[0]:best[1]] if best else ""
