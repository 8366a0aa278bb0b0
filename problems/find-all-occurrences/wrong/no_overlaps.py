# Wrong: after a full match the KMP state restarts from 0 instead of pi[m - 1], so
# occurrences that overlap the previous one are missed.
def find_occurrences(text: str, pattern: str) -> list[int]:
    m = len(pattern)
    pi = [0] * m
    k = 0
    for i in range(1, m):
        while k and pattern[i] != pattern[k]:
            k = pi[k - 1]
        if pattern[i] == pattern[k]:
            k += 1
        pi[i] = k
    found = []
    k = 0
    for i, char in enumerate(text):
        while k and char != pattern[k]:
            k = pi[k - 1]
        if char == pattern[k]:
            k += 1
        if k == m:
            found.append(i - m + 1)
            k = 0
    return found
