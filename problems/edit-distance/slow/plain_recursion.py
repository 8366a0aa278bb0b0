# Correct but exponential: the plain recursion tries a deletion, an insertion and a
# replacement at every mismatch, and solves the same pairs of suffixes over and over.
def edit_distance(a: str, b: str) -> int:
    def dist(i: int, j: int) -> int:
        if i == len(a):
            return len(b) - j
        if j == len(b):
            return len(a) - i
        if a[i] == b[j]:
            return dist(i + 1, j + 1)
        return 1 + min(dist(i + 1, j), dist(i, j + 1), dist(i + 1, j + 1))

    return dist(0, 0)
