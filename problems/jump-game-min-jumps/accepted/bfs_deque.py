# Breadth-first search over the indices with collections.deque; a pointer to the
# furthest index already queued keeps each index from being queued twice.
from collections import deque


def min_jumps(nums: list[int]) -> int:
    n = len(nums)
    if n == 1:
        return 0
    dist = [0] * n
    queue = deque([0])
    queued_up_to = 0
    while queue:
        i = queue.popleft()
        for j in range(queued_up_to + 1, min(n - 1, i + nums[i]) + 1):
            dist[j] = dist[i] + 1
            if j == n - 1:
                return dist[j]
            queue.append(j)
        queued_up_to = max(queued_up_to, i + nums[i])
    return dist[-1]
