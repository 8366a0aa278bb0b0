# Correct but exponential: the plain recursion tries every coin at every step and pays
# the same amounts left over and over.
def coin_change(coins: list[int], amount: int) -> int:
    def best(left: int) -> float:
        if left == 0:
            return 0
        if left < 0:
            return float("inf")
        return min(best(left - c) for c in coins) + 1

    answer = best(amount)
    return -1 if answer == float("inf") else answer
