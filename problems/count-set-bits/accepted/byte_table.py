# Accepted: a 256-entry table of byte popcounts built once, then four lookups.
TABLE = [0] * 256
for i in range(1, 256):
    TABLE[i] = TABLE[i >> 1] + (i & 1)


def hamming_weight(n: int) -> int:
    total = 0
    while n:
        total += TABLE[n & 0xFF]
        n >>= 8
    return total
