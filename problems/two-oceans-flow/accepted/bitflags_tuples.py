# Accepted: one breadth-first search per ocean over a shared grid of bit flags (1 for P,
# 2 for A); cells whose flags reach 3 are returned, as tuples.
from collections import deque


def pacific_atlantic(heights: list[list[int]]) -> list[list[int]]:
    rows, cols = len(heights), len(heights[0])
    flags = [[0] * cols for _ in range(rows)]
    for bit, border in (
        (1, [(0, c) for c in range(cols)] + [(r, 0) for r in range(rows)]),
        (2, [(rows - 1, c) for c in range(cols)] + [(r, cols - 1) for r in range(rows)]),
    ):
        queue = deque()
        for r, c in border:
            if not flags[r][c] & bit:
                flags[r][c] |= bit
                queue.append((r, c))
        while queue:
            r, c = queue.popleft()
            for x, y in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= x < rows and 0 <= y < cols and not flags[x][y] & bit \
                        and heights[x][y] >= heights[r][c]:
                    flags[x][y] |= bit
                    queue.append((x, y))
    return [(r, c) for r in range(rows) for c in range(cols) if flags[r][c] == 3]
