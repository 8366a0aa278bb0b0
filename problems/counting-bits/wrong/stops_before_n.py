# Wrong: builds the counts for 0 to n - 1 only (range(n)), one entry short; n = 0 gives
# an empty list.
def count_bits(n: int) -> list[int]:
    counts = [0] * n
    for i in range(1, n):
        counts[i] = counts[i >> 1] + (i & 1)
    return counts
