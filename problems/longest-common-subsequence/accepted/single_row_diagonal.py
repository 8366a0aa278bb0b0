# Accepted: one row of the table plus a variable for the diagonal; the shorter string
# indexes the row.
def longest_common_subsequence(a: str, b: str) -> int:
    if len(b) > len(a):
        a, b = b, a
    row = [0] * (len(b) + 1)
    for x in a:
        diagonal = 0
        for j, y in enumerate(b, 1):
            above = row[j]
            row[j] = diagonal + 1 if x == y else max(above, row[j - 1])
            diagonal = above
    return row[-1]
