# Topological sort by layers (Kahn): peel the cells with no larger neighbour, then the
# cells whose larger neighbours are all peeled; the number of layers is the answer.
from collections import deque


def longest_increasing_path(matrix: list[list[int]]) -> int:
    rows, cols = len(matrix), len(matrix[0])
    out = [[0] * cols for _ in range(rows)]
    dirs = [(1, 0), (-1, 0), (0, 1), (0, -1)]
    for r in range(rows):
        for c in range(cols):
            for dr, dc in dirs:
                nr, nc = r + dr, c + dc
                if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] > matrix[r][c]:
                    out[r][c] += 1
    layer = deque((r, c) for r in range(rows) for c in range(cols) if out[r][c] == 0)
    layers = 0
    while layer:
        layers += 1
        for _ in range(len(layer)):
            r, c = layer.popleft()
            for dr, dc in dirs:
                nr, nc = r + dr, c + dc
                if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] < matrix[r][c]:
                    out[nr][nc] -= 1
                    if out[nr][nc] == 0:
                        layer.append((nr, nc))
    return layers
