# Wrong: never compares len(s1) + len(s2) with len(s3), so when s3 has extra letters at
# the end the table still says True (and a short s3 is read past its end: False).
def is_interleave(s1: str, s2: str, s3: str) -> bool:
    m, n = len(s1), len(s2)
    dp = [[False] * (n + 1) for _ in range(m + 1)]
    dp[0][0] = True
    for i in range(m + 1):
        for j in range(n + 1):
            k = i + j - 1
            if k < 0 or k >= len(s3):
                continue
            if i > 0 and dp[i - 1][j] and s1[i - 1] == s3[k]:
                dp[i][j] = True
            if j > 0 and dp[i][j - 1] and s2[j - 1] == s3[k]:
                dp[i][j] = True
    return dp[m][n]
