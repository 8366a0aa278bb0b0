# Yields the cells of each ring from a generator, ring by ring, with a size check so
# that the last row or column is read only once.
from collections.abc import Iterator


def _rings(rows: int, cols: int) -> Iterator[tuple[int, int]]:
    for layer in range((min(rows, cols) + 1) // 2):
        top, left, bottom, right = layer, layer, rows - 1 - layer, cols - 1 - layer
        for c in range(left, right + 1):
            yield top, c
        for r in range(top + 1, bottom + 1):
            yield r, right
        if top != bottom:
            for c in range(right - 1, left - 1, -1):
                yield bottom, c
        if left != right:
            for r in range(bottom - 1, top, -1):
                yield r, left


def spiral_order(matrix: list[list[int]]) -> list[int]:
    return [matrix[r][c] for r, c in _rings(len(matrix), len(matrix[0]))]
