# Accepted: recursive DFS that marks a cell with '#' in the board itself and restores it afterwards.
def exist(board: list[list[str]], word: str) -> bool:
    m, n = len(board), len(board[0])

    def dfs(i, j, k):
        if k == len(word):
            return True
        if i < 0 or j < 0 or i >= m or j >= n or board[i][j] != word[k]:
            return False
        tmp = board[i][j]
        board[i][j] = "#"
        ok = any(dfs(i + di, j + dj, k + 1) for di, dj in ((1, 0), (-1, 0), (0, 1), (0, -1)))
        board[i][j] = tmp
        return ok

    for i in range(m):
        for j in range(n):
            if dfs(i, j, 0):
                return True
    return False
