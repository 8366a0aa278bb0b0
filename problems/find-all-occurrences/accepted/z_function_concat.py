# Accepted: Z-function of pattern + "#" + text; a Z value equal to len(pattern) is a match.
# The loop variable is named `index` (the name of a forbidden string method, used as a variable).
def find_occurrences(text: str, pattern: str) -> list[int]:
    s = pattern + "#" + text
    n, m = len(s), len(pattern)
    z = [0] * n
    left = right = 0
    result = []
    for index in range(1, n):
        if index < right:
            z[index] = min(right - index, z[index - left])
        while index + z[index] < n and s[z[index]] == s[index + z[index]]:
            z[index] += 1
        if index + z[index] > right:
            left, right = index, index + z[index]
        if z[index] == m:
            result.append(index - m - 1)
    return result
