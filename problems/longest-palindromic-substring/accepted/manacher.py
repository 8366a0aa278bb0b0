# Manacher's algorithm, O(n): radii on the string with '#' between the letters, reusing
# the mirror of each centre inside the rightmost palindrome found so far.
def longest_palindrome(s: str) -> str:
    t = "^#" + "#".join(s) + "#$"
    radius = [0] * len(t)
    centre = right = 0
    for i in range(1, len(t) - 1):
        if i < right:
            radius[i] = min(right - i, radius[2 * centre - i])
        while t[i + radius[i] + 1] == t[i - radius[i] - 1]:
            radius[i] += 1
        if i + radius[i] > right:
            centre, right = i, i + radius[i]
    length = max(radius)
    i = radius.index(length)  # the first centre with the longest radius
    start = (i - length) // 2
    return s[start:start + length]
