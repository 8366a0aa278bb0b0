# Accepted: union-find (union by rank, path compression); every land cell starts as its
# own set and each successful union of two neighbours removes one island.
def num_islands(grid: list[list[str]]) -> int:
    rows, cols = len(grid), len(grid[0])
    parent = {}
    rank = {}

    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "1":
                parent[(r, c)] = (r, c)
                rank[(r, c)] = 0
                count += 1

    for (r, c) in list(parent):
        for nb in ((r + 1, c), (r, c + 1)):
            if nb in parent:
                a, b = find((r, c)), find(nb)
                if a != b:
                    if rank[a] < rank[b]:
                        a, b = b, a
                    parent[b] = a
                    if rank[a] == rank[b]:
                        rank[a] += 1
                    count -= 1
    return count
