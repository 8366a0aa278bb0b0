# Manacher's algorithm, O(n): on "#a#b#...", a centre of radius r holds (r + 1) // 2
# palindromes of s, so the answer is the sum of those.
def count_palindromic_substrings(s: str) -> int:
    t = "^#" + "#".join(s) + "#$"
    p = [0] * len(t)
    c = r = 0
    for i in range(1, len(t) - 1):
        if i < r:
            p[i] = min(r - i, p[2 * c - i])
        while t[i + p[i] + 1] == t[i - p[i] - 1]:
            p[i] += 1
        if i + p[i] > r:
            c, r = i, i + p[i]
    return sum((radius + 1) // 2 for radius in p)
