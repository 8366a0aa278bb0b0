# Accepted: furthest reach so far with a local named `max` (shadows the builtin),
# stopping as soon as the last index is within reach.
def can_jump(nums: list[int]) -> bool:
    last = len(nums) - 1
    max = 0
    for i, jump in enumerate(nums):
        if i > max:
            return False
        if i + jump > max:
            max = i + jump
        if max >= last:
            return True
    return True
