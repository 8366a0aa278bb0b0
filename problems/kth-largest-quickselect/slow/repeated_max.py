# Correct but O(n*k): removes the maximum k - 1 times, then returns the maximum left.
def kth_largest(nums: list[int], k: int) -> int:
    values = list(nums)
    for _ in range(k - 1):
        values.remove(max(values))
    return max(values)
