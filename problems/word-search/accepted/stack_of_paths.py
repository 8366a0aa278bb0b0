# Accepted: iterative DFS with an explicit stack of (row, col, index, frozenset of used cells).
def exist(board: list[list[str]], word: str) -> bool:
    rows, cols = len(board), len(board[0])
    stack = [(r, c, 0, frozenset([(r, c)]))
             for r in range(rows) for c in range(cols) if board[r][c] == word[0]]
    while stack:
        r, c, i, used = stack.pop()
        if i == len(word) - 1:
            return True
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if (0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in used
                    and board[nr][nc] == word[i + 1]):
                stack.append((nr, nc, i + 1, used | {(nr, nc)}))
    return False
