# Two partition passes: move every 0 to the front, then every 2 to the back of the rest.
def sort_colors(nums: list[int]) -> None:
    front = 0
    for i in range(len(nums)):
        if nums[i] == 0:
            nums[front], nums[i] = nums[i], nums[front]
            front += 1
    back = len(nums) - 1
    for i in range(len(nums) - 1, front - 1, -1):
        if nums[i] == 2:
            nums[back], nums[i] = nums[i], nums[back]
            back -= 1
