# Wrong: declares itself stuck whenever the furthest reach does not pass the current
# index, even on the last index itself, so [0] and lists ending in a reachable 0 fail.
def can_jump(nums: list[int]) -> bool:
    furthest = 0
    for i, step in enumerate(nums):
        furthest = max(furthest, i + step)
        if furthest <= i:
            return False
    return True
