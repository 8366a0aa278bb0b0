# Heavy: splits the values into three bucket lists and copies them back: right and O(n)
# in time, but the buckets hold all n values, O(n) extra memory.
def sort_colors(nums: list[int]) -> None:
    buckets: list[list[int]] = [[], [], []]
    for value in nums:
        buckets[value].append(value)
    nums[:] = buckets[0] + buckets[1] + buckets[2]
