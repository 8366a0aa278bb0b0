# Wrong: keeps values, not indices, pops equal ones from the back as well, and drops the
# front when the value leaving the window equals it: with repeated values that drops a
# maximum that is still inside the window.
from collections import deque


def max_sliding_window(nums: list[int], k: int) -> list[int]:
    dq = deque()
    out = []
    for i, x in enumerate(nums):
        while dq and dq[-1] <= x:
            dq.pop()
        dq.append(x)
        if i >= k and dq and dq[0] == nums[i - k]:
            dq.popleft()
        if i >= k - 1:
            out.append(dq[0] if dq else x)
    return out
