# Accepted: Z-function; the first position i whose Z-box reaches the end gives the border s[i:].
def longest_border(s: str) -> str:
    n = len(s)
    z = [0] * n
    l = r = 0
    for i in range(1, n):
        if i < r:
            z[i] = min(r - i, z[i - l])
        while i + z[i] < n and s[z[i]] == s[i + z[i]]:
            z[i] += 1
        if i + z[i] > r:
            l, r = i, i + z[i]
        if i + z[i] == n:
            return s[i:]
    return ""
