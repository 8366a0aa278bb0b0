# Wrong: sizes the table (m + 1) x (n + 1) as if m and n counted moves rather than cells,
# so it counts the routes of a grid one row and one column larger.
def unique_paths(m: int, n: int) -> int:
    table = [[1] * (n + 1) for _ in range(m + 1)]
    for r in range(1, m + 1):
        for c in range(1, n + 1):
            table[r][c] = table[r - 1][c] + table[r][c - 1]
    return table[m][n]
