# Accepted: unit-by-unit simulation with a max-heap of ready letters and a queue of
# (count, ready time) for cooling ones; when nothing is ready the clock jumps ahead.
import heapq
from collections import Counter, deque


def least_interval(tasks: list[str], n: int) -> int:
    ready = [-count for count in Counter(tasks).values()]
    heapq.heapify(ready)
    cooling = deque()
    time = 0
    while ready or cooling:
        if not ready:
            time = max(time, cooling[0][1])
        while cooling and cooling[0][1] <= time:
            heapq.heappush(ready, cooling.popleft()[0])
        count = heapq.heappop(ready) + 1  # counts are negative
        time += 1
        if count:
            cooling.append((count, time + n))
    return time
