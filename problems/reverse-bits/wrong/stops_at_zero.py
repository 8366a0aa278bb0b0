# Wrong: loops while n is not zero instead of exactly 32 times, so the answer is shifted
# too little whenever the top bits of n are 0.
def reverse_bits(n: int) -> int:
    result = 0
    while n:
        result = (result << 1) | (n & 1)
        n >>= 1
    return result
