# Wrong: adds one per centre that has a palindrome, counting only the longest around it,
# so the shorter palindromes nested inside ("b" inside "aba") are lost.
def count_palindromic_substrings(s: str) -> int:
    count = len(s)
    for i in range(len(s)):
        if i + 1 < len(s) and s[i] == s[i + 1]:
            count += 1
        if 0 < i < len(s) - 1 and s[i - 1] == s[i + 1]:
            count += 1
    return count
