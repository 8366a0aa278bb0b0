# Wrong: reverses bin(n) without padding it to 32 digits, so the leading zeros are lost:
# 1 gives 1 instead of 2^31.
def reverse_bits(n: int) -> int:
    return int(bin(n)[2:][::-1], 2)
