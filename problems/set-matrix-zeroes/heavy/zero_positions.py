# Heavy: keeps the position of every 0 in a list, then zeroes their rows and columns: right
# and O(m * n) in time, but the list grows with the number of cells.
def set_zeroes(matrix: list[list[int]]) -> None:
    zeros = [(r, c) for r, row in enumerate(matrix) for c, value in enumerate(row) if value == 0]
    zero_rows = {r for r, _ in zeros}
    zero_cols = {c for _, c in zeros}
    for r, row in enumerate(matrix):
        for c in range(len(row)):
            if r in zero_rows or c in zero_cols:
                row[c] = 0
