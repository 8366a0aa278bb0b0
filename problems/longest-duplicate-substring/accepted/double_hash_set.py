# Binary search on the length; windows are compared by a pair of rolling hashes modulo two
# large primes, kept in a set.
def longest_duplicate_substring(s: str) -> str:
    n = len(s)
    nums = [ord(c) - 97 for c in s]
    m1, m2, b = 1_000_000_007, 998_244_353, 29

    def search(L):
        if L == 0:
            return 0
        p1, p2 = pow(b, L, m1), pow(b, L, m2)
        h1 = h2 = 0
        for i in range(L):
            h1 = (h1 * b + nums[i]) % m1
            h2 = (h2 * b + nums[i]) % m2
        seen = {(h1, h2)}
        for i in range(L, n):
            h1 = (h1 * b + nums[i] - nums[i - L] * p1) % m1
            h2 = (h2 * b + nums[i] - nums[i - L] * p2) % m2
            if (h1, h2) in seen:
                return i - L + 1
            seen.add((h1, h2))
        return -1

    lo, hi = 0, n - 1
    pos = 0
    while lo < hi:
        mid = (lo + hi + 1) // 2
        at = search(mid)
        if at != -1:
            lo, pos = mid, at
        else:
            hi = mid - 1
    return s[pos:pos + lo]
