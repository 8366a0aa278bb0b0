# Accepted: running minimum kept in a local variable named `min` (shadows the builtin).
def max_profit(prices: list[int]) -> int:
    min = prices[0]
    profit = 0
    for price in prices:
        if price < min:
            min = price
        elif price - min > profit:
            profit = price - min
    return profit
