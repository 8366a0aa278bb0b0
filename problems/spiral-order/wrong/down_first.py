# Wrong: goes down the first column first, which is the counter-clockwise spiral (the
# transpose's order); it only agrees on a 1 x 1 matrix or a single row read as a column.
def spiral_order(matrix: list[list[int]]) -> list[int]:
    order = []
    top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
    while top <= bottom and left <= right:
        for r in range(top, bottom + 1):
            order.append(matrix[r][left])
        for c in range(left + 1, right + 1):
            order.append(matrix[bottom][c])
        if left < right:
            for r in range(bottom - 1, top - 1, -1):
                order.append(matrix[r][right])
        if top < bottom:
            for c in range(right - 1, left, -1):
                order.append(matrix[top][c])
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return order
