# Accepted: defaultdict(set) per kind of unit, boxes keyed by the (r // 3, c // 3) tuple.
from collections import defaultdict


def is_valid_sudoku(board: list[list[str]]) -> bool:
    rows, cols, boxes = defaultdict(set), defaultdict(set), defaultdict(set)
    for r in range(9):
        for c in range(9):
            val = board[r][c]
            if val == ".":
                continue
            b = (r // 3, c // 3)
            if val in rows[r] or val in cols[c] or val in boxes[b]:
                return False
            rows[r].add(val)
            cols[c].add(val)
            boxes[b].add(val)
    return True
