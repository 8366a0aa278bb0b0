# Wrong: turns right only at the edge of the grid, never at a cell already visited, so
# after the first ring it goes round the outer ring again.
def spiral_order(matrix: list[list[int]]) -> list[int]:
    rows, cols = len(matrix), len(matrix[0])
    directions = [(0, 1), (1, 0), (0, -1), (-1, 0)]
    r = c = d = 0
    order = []
    for _ in range(rows * cols):
        order.append(matrix[r][c])
        for _ in range(4):
            dr, dc = directions[d]
            if 0 <= r + dr < rows and 0 <= c + dc < cols:
                break
            d = (d + 1) % 4
        r, c = r + dr, c + dc
    return order
