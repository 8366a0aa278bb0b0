# Wrong: walks greedily, always stepping to the lowest unvisited neighbour of the current
# cell (backtracking only at dead ends); a low step now can lead into a high wall later.
def swim_in_water(grid: list[list[int]]) -> int:
    n = len(grid)
    seen = {(0, 0)}
    path = [(0, 0)]
    worst = grid[0][0]
    while path[-1] != (n - 1, n - 1):
        r, c = path[-1]
        options = [(grid[x][y], x, y) for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))
                   if 0 <= x < n and 0 <= y < n and (x, y) not in seen]
        if not options:
            path.pop()
            continue
        value, x, y = min(options)
        seen.add((x, y))
        path.append((x, y))
        worst = max(worst, value)
    return worst
