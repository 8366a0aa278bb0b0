# Wrong: swaps a value into place and recurses but never swaps it back, so later branches
# start from a scrambled list; some permutations come out twice and others never.
def permutations(nums: list[int]) -> list[list[int]]:
    out = []

    def place(first):
        if first == len(nums):
            out.append(nums[:])
            return
        for i in range(first, len(nums)):
            nums[first], nums[i] = nums[i], nums[first]
            place(first + 1)

    place(0)
    return out
