# Heavy: Kadane's maximum subarray on the day-to-day differences, right and O(n) in time,
# but zip(prices, prices[1:]) copies the list: O(n) extra memory.
def max_profit(prices: list[int]) -> int:
    best = current = 0
    for yesterday, today in zip(prices, prices[1:]):
        current = max(0, current + today - yesterday)
        best = max(best, current)
    return best
