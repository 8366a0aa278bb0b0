# Correct but O(n^2): for each prefix length, longest first, compares its two ends
# inwards until they differ.
def shortest_palindrome(s: str) -> str:
    n = len(s)
    for length in range(n, 0, -1):
        i, j = 0, length - 1
        while i < j and s[i] == s[j]:
            i += 1
            j -= 1
        if i >= j:
            return s[length:][::-1] + s
    return s
