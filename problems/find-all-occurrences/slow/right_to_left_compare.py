# Compares the pattern with each window from its last character back to its first
# (Boyer-Moore without its skip tables): O(len(text) * len(pattern)).
def find_occurrences(text: str, pattern: str) -> list[int]:
    n, m = len(text), len(pattern)
    found = []
    for i in range(n - m + 1):
        j = m - 1
        while j >= 0 and text[i + j] == pattern[j]:
            j -= 1
        if j < 0:
            found.append(i)
    return found
