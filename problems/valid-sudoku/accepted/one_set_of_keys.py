# Accepted: one set of tagged keys, ("row", r, d), ("col", c, d) and ("box", r // 3, c // 3, d).
def is_valid_sudoku(board: list[list[str]]) -> bool:
    seen = set()
    for r, row in enumerate(board):
        for c, d in enumerate(row):
            if d == ".":
                continue
            keys = [("row", r, d), ("col", c, d), ("box", r // 3, c // 3, d)]
            for key in keys:
                if key in seen:
                    return False
                seen.add(key)
    return True
