# Wrong: counts a substring as repeated only when its two occurrences do not overlap, so
# "aaaaa" gives "aa" instead of "aaaa".
def longest_duplicate_substring(s: str) -> str:
    n = len(s)

    def search(L):
        first = {}
        for i in range(n - L + 1):
            w = s[i:i + L]
            if w in first and i - first[w] >= L:
                return w
            first.setdefault(w, i)
        return None

    lo, hi, best = 0, n // 2, ""
    while lo < hi:
        mid = (lo + hi + 1) // 2
        w = search(mid)
        if w is not None:
            lo, best = mid, w
        else:
            hi = mid - 1
    return best
