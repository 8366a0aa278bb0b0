# Wrong: collects the palindromes in a set, so equal substrings at different positions
# ("a" twice in "aba") are counted once.
def count_palindromic_substrings(s: str) -> int:
    seen = set()
    for i in range(len(s)):
        for lo, hi in ((i, i), (i, i + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                seen.add(s[lo:hi + 1])
                lo -= 1
                hi += 1
    return len(seen)
