# Accepted: scan from the last day backwards, keeping the best selling price ahead.
def max_profit(prices: list[int]) -> int:
    highest_ahead = prices[-1]
    best = 0
    for i in range(len(prices) - 2, -1, -1):
        best = max(best, highest_ahead - prices[i])
        highest_ahead = max(highest_ahead, prices[i])
    return best
