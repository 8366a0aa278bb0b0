# Wrong: evicts the front only once its index is more than k back (i - k), not at i - k,
# so each window also counts the value just before it.
from collections import deque


def max_sliding_window(nums: list[int], k: int) -> list[int]:
    q = deque()
    ans = []
    for i, x in enumerate(nums):
        while q and nums[q[-1]] <= x:
            q.pop()
        q.append(i)
        if q[0] < i - k:
            q.popleft()
        if i >= k - 1:
            ans.append(nums[q[0]])
    return ans
