# Wrong: declares success on reaching the position of the last letter without checking
# that the cell there holds it.
def exist(board: list[list[str]], word: str) -> bool:
    rows, cols = len(board), len(board[0])
    used = [[False] * cols for _ in range(rows)]

    def dfs(r, c, i):
        if not (0 <= r < rows and 0 <= c < cols) or used[r][c]:
            return False
        if i == len(word) - 1:
            return True
        if board[r][c] != word[i]:
            return False
        used[r][c] = True
        found = (dfs(r + 1, c, i + 1) or dfs(r - 1, c, i + 1)
                 or dfs(r, c + 1, i + 1) or dfs(r, c - 1, i + 1))
        used[r][c] = False
        return found

    return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))
