# Wrong: uses the number of rows as the width too, so on grids that are not square it
# either misses the right part of each row or reads past its end.
def num_islands(grid: list[list[str]]) -> int:
    n = len(grid)

    def sink(r: int, c: int) -> None:
        if r < 0 or c < 0 or r >= n or c >= n or grid[r][c] != "1":
            return
        grid[r][c] = "0"
        sink(r + 1, c)
        sink(r - 1, c)
        sink(r, c + 1)
        sink(r, c - 1)

    count = 0
    for r in range(n):
        for c in range(n):
            if grid[r][c] == "1":
                count += 1
                sink(r, c)
    return count
