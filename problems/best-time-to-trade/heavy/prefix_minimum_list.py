# Heavy: right and O(n) in time, but keeps the lowest price so far of every day in a list:
# O(n) extra memory where one variable does.
def max_profit(prices: list[int]) -> int:
    lowest: list[int] = []
    for price in prices:
        lowest.append(min(price, lowest[-1]) if lowest else price)
    best = 0
    for day, price in enumerate(prices):
        best = max(best, price - lowest[day])
    return best
