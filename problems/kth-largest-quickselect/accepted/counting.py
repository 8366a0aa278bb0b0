# Counts each possible value (the range is only 20001 wide) and walks down from the top.
def kth_largest(nums: list[int], k: int) -> int:
    offset = 10**4
    count = [0] * (2 * offset + 1)
    for x in nums:
        count[x + offset] += 1
    for v in range(2 * offset, -1, -1):
        k -= count[v]
        if k <= 0:
            return v - offset
    raise ValueError("k is larger than len(nums)")
