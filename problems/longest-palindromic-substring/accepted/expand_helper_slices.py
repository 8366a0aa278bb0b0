# Expand around every centre with a helper that returns the palindrome as a slice; max()
# with key=len keeps the first of the longest.
def longest_palindrome(s: str) -> str:
    def grow(lo: int, hi: int) -> str:
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        return s[lo + 1:hi]

    found = []
    for i in range(len(s)):
        found.append(grow(i - 1, i + 1))  # odd: s[i] in the middle
        found.append(grow(i, i + 1))  # even
    return max(found, key=len)
