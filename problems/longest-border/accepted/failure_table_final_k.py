# Accepted: KMP failure table named `fail`; the answer is read from the running k after the loop.
def longest_border(s: str) -> str:
    fail = [0] * len(s)
    k = 0
    for i in range(1, len(s)):
        while k > 0 and s[i] != s[k]:
            k = fail[k - 1]
        if s[i] == s[k]:
            k += 1
        fail[i] = k
    return s[:k]
