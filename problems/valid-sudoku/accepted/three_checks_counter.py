# Accepted: collects every row, column and box as a list, then checks each with collections.Counter.
from collections import Counter


def is_valid_sudoku(board: list[list[str]]) -> bool:
    groups = [list(row) for row in board]
    groups += [[board[r][c] for r in range(9)] for c in range(9)]
    for top in range(0, 9, 3):
        for left in range(0, 9, 3):
            groups.append([board[top + i][left + j] for i in range(3) for j in range(3)])
    for group in groups:
        counts = Counter(x for x in group if x != ".")
        if counts and max(counts.values()) > 1:
            return False
    return True
