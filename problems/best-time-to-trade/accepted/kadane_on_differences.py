# Accepted: Kadane's maximum subarray on the day-to-day price differences, by index.
def max_profit(prices: list[int]) -> int:
    best = current = 0
    for day in range(1, len(prices)):
        current = max(0, current + prices[day] - prices[day - 1])
        best = max(best, current)
    return best
