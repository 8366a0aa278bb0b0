# Wrong: counts "0" as a one-digit piece, so "10" decodes two ways ("1 0" and "10") and a
# string starting with "0" is not 0.
def num_decodings(s: str) -> int:
    dp = [1] + [0] * len(s)
    for i in range(1, len(s) + 1):
        dp[i] = dp[i - 1]
        if i >= 2 and 10 <= int(s[i - 2:i]) <= 26:
            dp[i] += dp[i - 2]
    return dp[len(s)]
