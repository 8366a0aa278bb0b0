# Wrong: checks the rows and the columns but forgets the 3 x 3 boxes.
def is_valid_sudoku(board: list[list[str]]) -> bool:
    for i in range(9):
        row = [x for x in board[i] if x != "."]
        col = [board[r][i] for r in range(9) if board[r][i] != "."]
        if len(row) != len(set(row)) or len(col) != len(set(col)):
            return False
    return True
