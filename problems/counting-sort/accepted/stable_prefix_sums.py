# Accepted: textbook stable counting sort with prefix sums and placement from the right.
def counting_sort(nums: list[int], max_value: int) -> list[int]:
    count = [0] * (max_value + 1)
    for x in nums:
        count[x] += 1
    for v in range(1, max_value + 1):
        count[v] += count[v - 1]
    output = [0] * len(nums)
    for x in reversed(nums):
        count[x] -= 1
        output[count[x]] = x
    return output
