# Wrong: counts each of the 32 bit positions modulo 2 and rebuilds the value from them,
# but reads the result as unsigned, so a negative lone value comes back as 2^32 + value.
def single_number(nums: list[int]) -> int:
    result = 0
    for bit in range(32):
        ones = 0
        for value in nums:
            ones += (value >> bit) & 1
        if ones % 2:
            result |= 1 << bit
    return result
