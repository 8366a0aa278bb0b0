# Wrong: expands only around single letters, so even-length palindromes like "aa" or
# "abba" are never counted.
def count_palindromic_substrings(s: str) -> int:
    count = 0
    for i in range(len(s)):
        lo = hi = i
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            count += 1
            lo -= 1
            hi += 1
    return count
