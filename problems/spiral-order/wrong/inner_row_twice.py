# Wrong: reads all four sides of every ring without checking that the ring still has two
# rows and two columns, so a leftover single row or column comes out twice.
def spiral_order(matrix: list[list[int]]) -> list[int]:
    order = []
    top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            order.append(matrix[top][c])
        for r in range(top + 1, bottom + 1):
            order.append(matrix[r][right])
        for c in range(right - 1, left - 1, -1):
            order.append(matrix[bottom][c])
        for r in range(bottom - 1, top, -1):
            order.append(matrix[r][left])
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return order
