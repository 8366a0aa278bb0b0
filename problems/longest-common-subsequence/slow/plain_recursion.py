# Correct but exponential: the plain recursion drops a character from one string or the
# other and recomputes the same pairs of suffixes over and over.
def longest_common_subsequence(a: str, b: str) -> int:
    def best(i: int, j: int) -> int:
        if i == len(a) or j == len(b):
            return 0
        if a[i] == b[j]:
            return 1 + best(i + 1, j + 1)
        return max(best(i + 1, j), best(i, j + 1))
    return best(0, 0)
