# Wrong: only considers buying one day and selling the next, so a rise spread over
# several days is missed.
def max_profit(prices: list[int]) -> int:
    best = 0
    for i in range(len(prices) - 1):
        best = max(best, prices[i + 1] - prices[i])
    return best
