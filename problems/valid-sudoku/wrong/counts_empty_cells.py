# Wrong: never skips '.', so two empty cells in one row, column or box count as a repeated digit.
def is_valid_sudoku(board: list[list[str]]) -> bool:
    seen = set()
    for r in range(9):
        for c in range(9):
            v = board[r][c]
            for key in ((r, "row", v), (c, "col", v), (r // 3, c // 3, v)):
                if key in seen:
                    return False
                seen.add(key)
    return True
