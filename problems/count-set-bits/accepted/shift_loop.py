# Accepted: test the lowest bit and shift right until n is 0.
def hamming_weight(n: int) -> int:
    bits = 0
    while n > 0:
        bits += n & 1
        n >>= 1
    return bits
