# Wrong: marks cells as visited but never frees them when a branch fails, so a later path
# that needs one of those cells is never tried.
def exist(board: list[list[str]], word: str) -> bool:
    rows, cols = len(board), len(board[0])
    visited = set()

    def dfs(r, c, i):
        if i == len(word):
            return True
        if not (0 <= r < rows and 0 <= c < cols) or (r, c) in visited or board[r][c] != word[i]:
            return False
        visited.add((r, c))
        return (dfs(r + 1, c, i + 1) or dfs(r - 1, c, i + 1)
                or dfs(r, c + 1, i + 1) or dfs(r, c - 1, i + 1))

    for r in range(rows):
        for c in range(cols):
            visited.clear()
            if dfs(r, c, 0):
                return True
    return False
