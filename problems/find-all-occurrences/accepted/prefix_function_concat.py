# Accepted: prefix function over pattern + "#" + text; pi == len(pattern) marks a match end.
def find_occurrences(text: str, pattern: str) -> list[int]:
    s = pattern + "#" + text
    m = len(pattern)
    pi = [0] * len(s)
    for i in range(1, len(s)):
        k = pi[i - 1]
        while k > 0 and s[i] != s[k]:
            k = pi[k - 1]
        if s[i] == s[k]:
            k += 1
        pi[i] = k
    return [i - 2 * m for i in range(2 * m, len(s)) if pi[i] == m]
