# Accepted: XOR every value into one integer in a plain loop; a ^ a is 0.
def single_number(nums: list[int]) -> int:
    result = 0
    for value in nums:
        result ^= value
    return result
