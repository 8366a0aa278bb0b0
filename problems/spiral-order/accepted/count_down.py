# Steps of shrinking length: right n, down m - 1, left n - 1, up m - 2, right n - 2, ...,
# stopping when a leg would have no step.
def spiral_order(matrix: list[list[int]]) -> list[int]:
    rows, cols = len(matrix), len(matrix[0])
    order = []
    r, c = 0, -1
    steps = [cols, rows - 1]
    direction = 0
    moves = [(0, 1), (1, 0), (0, -1), (-1, 0)]
    while steps[direction % 2] > 0:
        dr, dc = moves[direction]
        for _ in range(steps[direction % 2]):
            r, c = r + dr, c + dc
            order.append(matrix[r][c])
        steps[direction % 2] -= 1
        direction = (direction + 1) % 4
    return order
