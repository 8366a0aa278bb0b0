# Wrong: accepts any two digits up to 26 as a piece, including "01" to "09", so "101"
# gets a second cutting "1 01".
def num_decodings(s: str) -> int:
    dp = [1] + [0] * len(s)
    for i in range(1, len(s) + 1):
        if s[i - 1] != "0":
            dp[i] = dp[i - 1]
        if i >= 2 and int(s[i - 2:i]) <= 26:
            dp[i] += dp[i - 2]
    return dp[len(s)]
