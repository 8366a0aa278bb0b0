# Builds the failure table of s and runs it over reversed(s): the match length left at
# the end is the longest prefix of s that is also a suffix of the reversal.
def shortest_palindrome(s: str) -> str:
    n = len(s)
    fail = [0] * n
    k = 0
    for i in range(1, n):
        while k > 0 and s[i] != s[k]:
            k = fail[k - 1]
        if s[i] == s[k]:
            k += 1
        fail[i] = k
    k = 0
    for c in reversed(s):
        while k > 0 and c != s[k]:
            k = fail[k - 1]
        if c == s[k]:
            k += 1
        if k == n:
            break
    return s[k:][::-1] + s
