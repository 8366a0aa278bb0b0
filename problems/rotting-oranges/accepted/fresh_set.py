# Keeps the fresh oranges in a set and the newly rotten ones in another, moving cells from
# one to the other each minute.
def oranges_rotting(grid: list[list[int]]) -> int:
    fresh = {(r, c) for r, row in enumerate(grid) for c, v in enumerate(row) if v == 1}
    rotten = {(r, c) for r, row in enumerate(grid) for c, v in enumerate(row) if v == 2}
    minutes = 0
    while fresh:
        new = {(r + dr, c + dc) for r, c in rotten
               for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))} & fresh
        if not new:
            return -1
        fresh -= new
        rotten = new
        minutes += 1
    return minutes
