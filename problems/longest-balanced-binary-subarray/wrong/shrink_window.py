# Wrong: a two-pointer window that drops letters from the left while the counts differ;
# balance is not monotone, so the window gives up on a longer subarray.
def find_max_length(nums: list[int]) -> int:
    best = 0
    left = 0
    zeros = ones = 0
    for right, value in enumerate(nums):
        if value:
            ones += 1
        else:
            zeros += 1
        while left <= right and zeros != ones and abs(zeros - ones) > 1:
            if nums[left]:
                ones -= 1
            else:
                zeros -= 1
            left += 1
        if zeros == ones:
            best = max(best, right - left + 1)
    return best
