# Wrong: also follows the four diagonal neighbours, so land cells that only touch at a
# corner are merged into one island.
def num_islands(grid: list[list[str]]) -> int:
    rows, cols = len(grid), len(grid[0])
    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1":
                continue
            count += 1
            grid[r][c] = "0"
            stack = [(r, c)]
            while stack:
                i, j = stack.pop()
                for di in (-1, 0, 1):
                    for dj in (-1, 0, 1):
                        x, y = i + di, j + dj
                        if 0 <= x < rows and 0 <= y < cols and grid[x][y] == "1":
                            grid[x][y] = "0"
                            stack.append((x, y))
    return count
