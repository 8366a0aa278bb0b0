# Wrong: the binary search's upper bound is exclusive but starts at n - 1, so the longest
# possible repeat, of length n - 1 (as in "aaaa"), is never tried.
def longest_duplicate_substring(s: str) -> str:
    n = len(s)

    def search(L):
        seen = set()
        for i in range(n - L + 1):
            w = s[i:i + L]
            if w in seen:
                return w
            seen.add(w)
        return None

    lo, hi, best = 1, n - 1, ""
    while lo < hi:
        mid = (lo + hi) // 2
        w = search(mid)
        if w is not None:
            best = w
            lo = mid + 1
        else:
            hi = mid
    return best
