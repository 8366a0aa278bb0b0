# Union-find: opens the cells in increasing order of value, joining each to its open
# neighbours; the answer is the value that first puts both corners in one set.
def swim_in_water(grid: list[list[int]]) -> int:
    n = len(grid)
    parent = list(range(n * n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    where = [0] * (n * n)
    for r in range(n):
        for c in range(n):
            where[grid[r][c]] = r * n + c
    for t in range(n * n):
        cell = where[t]
        r, c = divmod(cell, n)
        for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= x < n and 0 <= y < n and grid[x][y] < t:
                parent[find(x * n + y)] = find(cell)
        if find(0) == find(n * n - 1):
            return t
    return n * n - 1
