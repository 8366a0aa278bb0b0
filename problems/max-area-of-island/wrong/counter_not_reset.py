# Wrong: the area counter lives outside the scan and is never reset, so each island's
# count includes all the islands found before it.
def max_area_of_island(grid: list[list[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    area = 0
    best = 0

    def sink(r: int, c: int) -> None:
        nonlocal area
        if r < 0 or c < 0 or r >= rows or c >= cols or grid[r][c] != 1:
            return
        grid[r][c] = 0
        area += 1
        sink(r + 1, c)
        sink(r - 1, c)
        sink(r, c + 1)
        sink(r, c - 1)

    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 1:
                sink(r, c)
                best = max(best, area)
    return best
