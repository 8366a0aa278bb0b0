# Wrong: compares the characters without their case, so 'A' in t is covered by an 'a'.
from collections import Counter


def min_window(s: str, t: str) -> str:
    low = s.lower()
    need = Counter(t.lower())
    missing = len(t)
    left = 0
    best = (0, len(s) + 1)
    for right, ch in enumerate(low):
        if need[ch] > 0:
            missing -= 1
        need[ch] -= 1
        if missing == 0:
            while need[low[left]] < 0:
                need[low[left]] += 1
                left += 1
            if right - left + 1 < best[1]:
                best = (left, right - left + 1)
            need[low[left]] += 1
            missing += 1
            left += 1
    return s[best[0]:best[0] + best[1]] if best[1] <= len(s) else ""
