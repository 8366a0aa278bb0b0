# Accepted: unbounded-knapsack DP that builds the combinations for every sub-target,
# one candidate at a time so that each multiset is built once.
def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    dp = [[] for _ in range(target + 1)]
    dp[0] = [[]]
    for value in candidates:
        for total in range(value, target + 1):
            for combo in dp[total - value]:
                dp[total].append(combo + [value])
    return dp[target]
