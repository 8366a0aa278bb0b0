# Wrong: only moves right or down, as in a path-counting table, so a path that turns
# up or left is missed: [[3, 4], [2, 1]] has 1 -> 2 -> 3 -> 4.
def longest_increasing_path(matrix: list[list[int]]) -> int:
    R, C = len(matrix), len(matrix[0])
    best = [[1] * C for _ in range(R)]
    for r in range(R - 1, -1, -1):
        for c in range(C - 1, -1, -1):
            if r + 1 < R and matrix[r + 1][c] > matrix[r][c]:
                best[r][c] = max(best[r][c], best[r + 1][c] + 1)
            if c + 1 < C and matrix[r][c + 1] > matrix[r][c]:
                best[r][c] = max(best[r][c], best[r][c + 1] + 1)
    return max(max(row) for row in best)
