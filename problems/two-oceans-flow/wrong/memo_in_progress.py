# Wrong: a forward search from each cell memoises "which oceans can I reach", but a cell
# still being explored is read as reaching nothing, so on a plateau a neighbour caches an
# answer that is too small and passes it on.
def pacific_atlantic(heights: list[list[int]]) -> list[list[int]]:
    rows, cols = len(heights), len(heights[0])
    memo = {}

    def oceans(r, c):
        if (r, c) in memo:
            return memo[(r, c)]
        memo[(r, c)] = 0  # in progress
        got = 0
        if r == 0 or c == 0:
            got |= 1
        if r == rows - 1 or c == cols - 1:
            got |= 2
        for x, y in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= x < rows and 0 <= y < cols and heights[x][y] <= heights[r][c]:
                got |= oceans(x, y)
        memo[(r, c)] = got
        return got

    import sys
    sys.setrecursionlimit(100000)
    return [[r, c] for r in range(rows) for c in range(cols) if oceans(r, c) == 3]
