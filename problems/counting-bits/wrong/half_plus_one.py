# Wrong: takes the count of i // 2 plus one for every i, as if the dropped lowest bit were
# always 1; even numbers get one too many.
def count_bits(n: int) -> list[int]:
    counts = [0] * (n + 1)
    for i in range(1, n + 1):
        counts[i] = counts[i // 2] + 1
    return counts
