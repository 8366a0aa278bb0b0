# Walks cell by cell with a direction vector, turning right at the edge or at a cell
# already visited (a grid of booleans remembers them).
def spiral_order(matrix: list[list[int]]) -> list[int]:
    rows, cols = len(matrix), len(matrix[0])
    seen = [[False] * cols for _ in range(rows)]
    directions = [(0, 1), (1, 0), (0, -1), (-1, 0)]
    r = c = d = 0
    order = []
    for _ in range(rows * cols):
        order.append(matrix[r][c])
        seen[r][c] = True
        dr, dc = directions[d]
        nr, nc = r + dr, c + dc
        if not (0 <= nr < rows and 0 <= nc < cols) or seen[nr][nc]:
            d = (d + 1) % 4
            dr, dc = directions[d]
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return order
