# Correct but O(len(text) * len(pattern)): compares the pattern character by character
# at every start position.
def find_occurrences(text: str, pattern: str) -> list[int]:
    n, m = len(text), len(pattern)
    found = []
    for i in range(n - m + 1):
        j = 0
        while j < m and text[i + j] == pattern[j]:
            j += 1
        if j == m:
            found.append(i)
    return found
