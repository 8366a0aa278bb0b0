# Correct but O(n^2): compares s with each shift of itself and keeps the longest run of
# equal letters.
def longest_duplicate_substring(s: str) -> str:
    n = len(s)
    best, end = 0, 0
    for d in range(1, n):
        run = 0
        for i in range(n - d):
            if s[i] == s[i + d]:
                run += 1
                if run > best:
                    best, end = run, i + 1
            else:
                run = 0
    return s[end - best:end]
