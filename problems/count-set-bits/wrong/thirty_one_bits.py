# Wrong: checks only bits 0..30, as if n were a signed 32-bit integer, so bit 31 is never
# counted.
def hamming_weight(n: int) -> int:
    count = 0
    for bit in range(31):
        if n >> bit & 1:
            count += 1
    return count
