# Accepted: two dictionaries (needed and in-window counts) and the number of distinct characters satisfied.
def min_window(s: str, t: str) -> str:
    need = {}
    for c in t:
        need[c] = need.get(c, 0) + 1
    have = {}
    formed = 0
    best = None
    l = 0
    for r in range(len(s)):
        c = s[r]
        have[c] = have.get(c, 0) + 1
        if c in need and have[c] == need[c]:
            formed += 1
        while formed == len(need):
            if best is None or r - l + 1 < best[1] - best[0]:
                best = (l, r + 1)
            d = s[l]
            have[d] -= 1
            if d in need and have[d] < need[d]:
                formed -= 1
            l += 1
    return "" if best is None else s[best[0]:best[1]]
