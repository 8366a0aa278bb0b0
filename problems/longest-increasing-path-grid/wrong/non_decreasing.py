# Wrong: steps to equal values too (>= instead of >), with a visited set to stop going
# round a plateau, so equal neighbours count as a path: [[1, 1]] gives 2.
import sys
from functools import cache


def longest_increasing_path(matrix: list[list[int]]) -> int:
    sys.setrecursionlimit(max(sys.getrecursionlimit(), len(matrix) * len(matrix[0]) + 100))
    R, C = len(matrix), len(matrix[0])
    visiting = set()

    @cache
    def dfs(r, c):
        visiting.add((r, c))
        best = 1
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if (0 <= nr < R and 0 <= nc < C and (nr, nc) not in visiting
                    and matrix[nr][nc] >= matrix[r][c]):
                best = max(best, 1 + dfs(nr, nc))
        visiting.discard((r, c))
        return best

    return max(dfs(r, c) for r in range(R) for c in range(C))
