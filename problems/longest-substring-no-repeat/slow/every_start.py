# Correct but O(n^2): from every start position, extends the substring until a character
# repeats.
def length_of_longest_substring(s: str) -> int:
    best = 0
    for start in range(len(s)):
        seen = set()
        for c in s[start:]:
            if c in seen:
                break
            seen.add(c)
        best = max(best, len(seen))
    return best
