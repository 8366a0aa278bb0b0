# Correct but O((rows * cols)^2): every minute, scans the whole grid for fresh oranges
# next to a rotten one; a long corridor takes about rows * cols / 2 minutes.
def oranges_rotting(grid: list[list[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    state = [row[:] for row in grid]
    minutes = 0
    while True:
        rotting = []
        fresh = 0
        for r in range(rows):
            for c in range(cols):
                if state[r][c] != 1:
                    continue
                fresh += 1
                for x, y in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= x < rows and 0 <= y < cols and state[x][y] == 2:
                        rotting.append((r, c))
                        break
        if fresh == 0:
            return minutes
        if not rotting:
            return -1
        for r, c in rotting:
            state[r][c] = 2
        minutes += 1
