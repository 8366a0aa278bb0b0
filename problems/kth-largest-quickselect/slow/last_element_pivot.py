# Correct but O(n^2) on sorted input: quickselect (three-way, iterative) whose pivot is
# always the last value of the range, so a sorted list loses one value per pass.
def kth_largest(nums: list[int], k: int) -> int:
    values = list(nums)
    while True:
        pivot = values[-1]
        larger = [v for v in values if v > pivot]
        equal = sum(1 for v in values if v == pivot)
        if k <= len(larger):
            values = larger
        elif k <= len(larger) + equal:
            return pivot
        else:
            k -= len(larger) + equal
            values = [v for v in values if v < pivot]
