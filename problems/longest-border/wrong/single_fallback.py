# Wrong: falls back only once (if instead of while), so when the first shorter border
# does not extend either, it gives up too early.
def longest_border(s: str) -> str:
    pi = [0] * len(s)
    k = 0
    for i in range(1, len(s)):
        if k and s[i] != s[k]:
            k = pi[k - 1]
        if s[i] == s[k]:
            k += 1
        pi[i] = k
    return s[:pi[-1]]
