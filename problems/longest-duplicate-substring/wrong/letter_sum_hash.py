# Wrong: the "rolling hash" is the sum of the window's letter codes, so two windows with the
# same letters in a different order look like a repeat.
def longest_duplicate_substring(s: str) -> str:
    n = len(s)

    def search(L):
        if L == 0:
            return 0
        h = sum(ord(c) for c in s[:L])
        seen = {h}
        for i in range(L, n):
            h += ord(s[i]) - ord(s[i - L])
            if h in seen:
                return i - L + 1
            seen.add(h)
        return -1

    lo, hi, pos = 0, n - 1, 0
    while lo < hi:
        mid = (lo + hi + 1) // 2
        at = search(mid)
        if at != -1:
            lo, pos = mid, at
        else:
            hi = mid - 1
    return s[pos:pos + lo]
