# Wrong: after a partial match of j characters fails, jumps j positions ahead, assuming no
# occurrence can start inside the part that matched; "aaab" contains "aab" at 1.
def find_occurrences(text: str, pattern: str) -> list[int]:
    n, m = len(text), len(pattern)
    found = []
    i = 0
    while i <= n - m:
        j = 0
        while j < m and text[i + j] == pattern[j]:
            j += 1
        if j == m:
            found.append(i)
            i += 1
        else:
            i += max(1, j)
    return found
