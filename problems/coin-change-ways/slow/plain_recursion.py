# Correct but exponential: the plain recursion either uses coins[i] once more or moves
# on to the next coin, and recomputes the same (coin, amount left) pairs over and over.
def count_coin_combinations(amount: int, coins: list[int]) -> int:
    def ways(i: int, left: int) -> int:
        if left == 0:
            return 1
        if i == len(coins):
            return 0
        total = ways(i + 1, left)
        if coins[i] <= left:
            total += ways(i, left - coins[i])
        return total

    return ways(0, amount)
