# Wrong: looks for index len(nums) - k - 1 of the increasing order (one too low), and
# wraps to the maximum when k = len(nums).
import random


def kth_largest(nums: list[int], k: int) -> int:
    target = (len(nums) - k - 1) % len(nums)
    lo, hi = 0, len(nums) - 1
    while True:
        pivot = nums[random.randint(lo, hi)]
        lt, i, gt = lo, lo, hi
        while i <= gt:
            if nums[i] < pivot:
                nums[lt], nums[i] = nums[i], nums[lt]
                lt += 1
                i += 1
            elif nums[i] > pivot:
                nums[gt], nums[i] = nums[i], nums[gt]
                gt -= 1
            else:
                i += 1
        if target < lt:
            hi = lt - 1
        elif target > gt:
            lo = gt + 1
        else:
            return pivot
