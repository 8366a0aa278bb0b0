# Wrong: on a mismatch the border length drops straight to 0 instead of falling back to
# the longest border of the current border, so shorter borders are missed.
def longest_border(s: str) -> str:
    pi = [0] * len(s)
    k = 0
    for i in range(1, len(s)):
        if s[i] != s[k]:
            k = 0
        if s[i] == s[k]:
            k += 1
        pi[i] = k
    return s[:pi[-1]]
