# Wrong: a DP that only moves right or down, best[r][c] = max(value, min(best above,
# best on the left)); the cheapest route may have to go up or left around high cells.
def swim_in_water(grid: list[list[int]]) -> int:
    n = len(grid)
    best = [[0] * n for _ in range(n)]
    for r in range(n):
        for c in range(n):
            if r == 0 and c == 0:
                best[r][c] = grid[0][0]
                continue
            before = []
            if r > 0:
                before.append(best[r - 1][c])
            if c > 0:
                before.append(best[r][c - 1])
            best[r][c] = max(grid[r][c], min(before))
    return best[n - 1][n - 1]
