# Accepted: union-find over the cells (union by size, path halving), then the largest
# set size among land cells via collections.Counter of the roots.
from collections import Counter


def max_area_of_island(grid: list[list[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    parent = list(range(rows * cols))
    size = [1] * (rows * cols)

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra == rb:
            return
        if size[ra] < size[rb]:
            ra, rb = rb, ra
        parent[rb] = ra
        size[ra] += size[rb]

    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != 1:
                continue
            if r + 1 < rows and grid[r + 1][c] == 1:
                union(r * cols + c, (r + 1) * cols + c)
            if c + 1 < cols and grid[r][c + 1] == 1:
                union(r * cols + c, r * cols + c + 1)

    roots = Counter(find(r * cols + c) for r in range(rows) for c in range(cols)
                    if grid[r][c] == 1)
    return max(roots.values(), default=0)
