# Accepted: recursive depth-first search from every border cell into two boolean grids
# (the recursion can go as deep as the grid is large, hence the raised limit).
import sys


def pacific_atlantic(heights: list[list[int]]) -> list[list[int]]:
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 100000))
    rows, cols = len(heights), len(heights[0])
    pac = [[False] * cols for _ in range(rows)]
    atl = [[False] * cols for _ in range(rows)]

    def dfs(r, c, ocean):
        ocean[r][c] = True
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and not ocean[nr][nc] \
                    and heights[nr][nc] >= heights[r][c]:
                dfs(nr, nc, ocean)

    for c in range(cols):
        if not pac[0][c]:
            dfs(0, c, pac)
        if not atl[rows - 1][c]:
            dfs(rows - 1, c, atl)
    for r in range(rows):
        if not pac[r][0]:
            dfs(r, 0, pac)
        if not atl[r][cols - 1]:
            dfs(r, cols - 1, atl)
    return [[r, c] for r in range(rows) for c in range(cols) if pac[r][c] and atl[r][c]]
