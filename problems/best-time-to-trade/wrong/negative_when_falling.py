# Wrong: starts the best profit at the first possible trade instead of 0, so when prices
# only fall it reports a loss.
def max_profit(prices: list[int]) -> int:
    if len(prices) < 2:
        return 0
    best = prices[1] - prices[0]
    lowest = prices[0]
    for price in prices[1:]:
        best = max(best, price - lowest)
        lowest = min(lowest, price)
    return best
