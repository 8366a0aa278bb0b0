# A helper counts the palindromes around one centre; sum() over the odd and the even
# centres.
def count_palindromic_substrings(s: str) -> int:
    def around(lo: int, hi: int) -> int:
        found = 0
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            found += 1
            lo, hi = lo - 1, hi + 1
        return found

    return sum(around(i, i) + around(i, i + 1) for i in range(len(s)))
