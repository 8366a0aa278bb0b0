# Accepted: a plain list used as a deque with a head index; stores values, keeping equal ones.
def max_sliding_window(nums: list[int], k: int) -> list[int]:
    dq, head, res = [], 0, []
    for i, x in enumerate(nums):
        while len(dq) > head and dq[-1] < x:
            dq.pop()
        dq.append(x)
        if i >= k and nums[i - k] == dq[head]:
            head += 1
        if i >= k - 1:
            res.append(dq[head])
    return res
