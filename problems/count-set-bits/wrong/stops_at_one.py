# Wrong: the loop runs while n > 1, so the last (highest) 1 bit is never counted.
def hamming_weight(n: int) -> int:
    count = 0
    while n > 1:
        count += n & 1
        n >>= 1
    return count
