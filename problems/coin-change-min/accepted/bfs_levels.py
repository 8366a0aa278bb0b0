# Breadth-first search over the amounts paid so far: the first level that reaches the
# amount is the fewest coins.
from collections import deque


def coin_change(coins: list[int], amount: int) -> int:
    if amount == 0:
        return 0
    seen = {0}
    queue = deque([(0, 0)])
    while queue:
        paid, count = queue.popleft()
        for c in coins:
            nxt = paid + c
            if nxt == amount:
                return count + 1
            if nxt < amount and nxt not in seen:
                seen.add(nxt)
                queue.append((nxt, count + 1))
    return -1
