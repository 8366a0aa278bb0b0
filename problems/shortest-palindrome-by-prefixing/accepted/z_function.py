# Z-function of reversed(s) + "#" + s: a suffix of the reversal that matches a prefix of s
# and reaches the end is a palindromic prefix.
def shortest_palindrome(s: str) -> str:
    if not s:
        return s
    r = s[::-1]
    t = s + "#" + r
    n = len(t)
    z = [0] * n
    left = right = 0
    for i in range(1, n):
        if i < right:
            z[i] = min(right - i, z[i - left])
        while i + z[i] < n and t[z[i]] == t[i + z[i]]:
            z[i] += 1
        if i + z[i] > right:
            left, right = i, i + z[i]
    m = len(s)
    for i in range(m + 1, n):
        if i + z[i] == n:
            return r[:i - m - 1] + s
    return r[:-1] + s
