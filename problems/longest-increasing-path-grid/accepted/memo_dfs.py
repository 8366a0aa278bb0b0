# DFS from every cell with functools.cache on (r, c), with the recursion limit raised
# for paths that visit every cell.
import sys
from functools import cache


def longest_increasing_path(matrix: list[list[int]]) -> int:
    sys.setrecursionlimit(max(sys.getrecursionlimit(), len(matrix) * len(matrix[0]) + 100))
    R, C = len(matrix), len(matrix[0])

    @cache
    def dfs(r, c):
        best = 1
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < R and 0 <= nc < C and matrix[nr][nc] > matrix[r][c]:
                best = max(best, 1 + dfs(nr, nc))
        return best

    return max(dfs(r, c) for r in range(R) for c in range(C))
