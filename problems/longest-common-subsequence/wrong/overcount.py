# Wrong: adds 1 for a match on top of max(L(i-1, j), L(i, j-1)), so one character can be
# counted twice ("a" against "aa" gives 2).
def longest_common_subsequence(a: str, b: str) -> int:
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            table[i][j] = max(table[i - 1][j], table[i][j - 1]) + (a[i - 1] == b[j - 1])
    return table[len(a)][len(b)]
