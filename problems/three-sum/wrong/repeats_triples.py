# Wrong: sorted two pointers that never skip equal values, so the same triple of values
# is listed several times.
def three_sum(nums: list[int]) -> list[list[int]]:
    values = sorted(nums)
    triples = []
    for i in range(len(values) - 2):
        lo, hi = i + 1, len(values) - 1
        while lo < hi:
            total = values[i] + values[lo] + values[hi]
            if total < 0:
                lo += 1
            elif total > 0:
                hi -= 1
            else:
                triples.append([values[i], values[lo], values[hi]])
                lo += 1
                hi -= 1
    return triples
