# Correct but O(n^2): from every start, extends the substring while it needs at most k
# changes.
def character_replacement(s: str, k: int) -> int:
    best = 0
    for start in range(len(s)):
        counts = {}
        top = 0
        for end in range(start, len(s)):
            c = s[end]
            counts[c] = counts.get(c, 0) + 1
            top = max(top, counts[c])
            if end - start + 1 - top > k:
                break
            best = max(best, end - start + 1)
    return best
