# Wrong: greedy, keeps every value larger than the last one kept, starting from the
# first: [3, 1, 2] keeps only 3.
def length_of_lis(nums: list[int]) -> int:
    count, last = 0, None
    for x in nums:
        if last is None or x > last:
            count += 1
            last = x
    return count
