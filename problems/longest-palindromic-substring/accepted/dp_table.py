# A table dp[i][j] (is s[i..j] a palindrome), filled by increasing length; the first
# start found at the best length is kept.
def longest_palindrome(s: str) -> str:
    n = len(s)
    dp = [[False] * n for _ in range(n)]
    start, best = 0, 1
    for i in range(n):
        dp[i][i] = True
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            if s[i] == s[j] and (length == 2 or dp[i + 1][j - 1]):
                dp[i][j] = True
                if length > best:
                    start, best = i, length
    return s[start:start + best]
