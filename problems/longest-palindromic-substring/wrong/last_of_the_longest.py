# Wrong: replaces the best palindrome also on a tie (>=), so it returns the rightmost of
# the longest instead of the leftmost.
def longest_palindrome(s: str) -> str:
    start, length = 0, 1
    for i in range(len(s)):
        for lo, hi in ((i, i), (i, i + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 >= length:
                start, length = lo + 1, hi - lo - 1
    return s[start:start + length]
