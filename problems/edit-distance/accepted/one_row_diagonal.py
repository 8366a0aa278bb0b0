# One row plus a variable for the diagonal; the shorter string indexes the row.
def edit_distance(a: str, b: str) -> int:
    if len(b) > len(a):
        a, b = b, a
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        diagonal, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            above = row[j]
            row[j] = diagonal if x == y else 1 + min(diagonal, above, row[j - 1])
            diagonal = above
    return row[-1]
