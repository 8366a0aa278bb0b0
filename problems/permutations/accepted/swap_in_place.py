# Accepted: fixes each position in turn by swapping every later value into it, recursing,
# and swapping back, so nums is permuted in place and restored.
def permutations(nums: list[int]) -> list[list[int]]:
    out = []

    def place(first):
        if first == len(nums):
            out.append(nums[:])
            return
        for i in range(first, len(nums)):
            nums[first], nums[i] = nums[i], nums[first]
            place(first + 1)
            nums[first], nums[i] = nums[i], nums[first]

    place(0)
    return out
