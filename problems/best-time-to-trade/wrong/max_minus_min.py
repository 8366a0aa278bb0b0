# Wrong: highest price minus lowest price, ignoring that the purchase must come before
# the sale.
def max_profit(prices: list[int]) -> int:
    return max(prices) - min(prices)
