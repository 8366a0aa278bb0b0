# Wrong: removes repeated values before searching, so triples that need a value twice,
# such as [0, 0, 0] or [-2, 1, 1], are never found.
def three_sum(nums: list[int]) -> list[list[int]]:
    values = sorted(set(nums))
    triples = []
    for i in range(len(values)):
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
