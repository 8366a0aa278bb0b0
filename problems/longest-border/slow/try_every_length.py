# Correct but O(n^2): for every length, longest first, compares the prefix and the suffix
# character by character.
def longest_border(s: str) -> str:
    n = len(s)
    for length in range(n - 1, 0, -1):
        matches = True
        for i in range(length):
            if s[i] != s[n - length + i]:
                matches = False
                break
        if matches:
            return s[:length]
    return ""
