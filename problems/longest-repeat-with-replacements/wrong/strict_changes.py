# Wrong: shrinks the window as soon as it needs k changes (>= instead of >), so a window
# needing exactly k changes is never counted.
def character_replacement(s: str, k: int) -> int:
    counts = {}
    start = top = best = 0
    for end, c in enumerate(s):
        counts[c] = counts.get(c, 0) + 1
        top = max(top, counts[c])
        if end - start + 1 - top >= k:
            counts[s[start]] -= 1
            start += 1
        best = max(best, end - start + 1)
    return best
