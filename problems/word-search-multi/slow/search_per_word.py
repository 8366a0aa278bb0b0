# Slow: a separate backtracking search for every word, from every cell, so the paths of a
# prefix shared by many words are walked again for each of them.
def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    rows, cols = len(board), len(board[0])

    def exists(word):
        def dfs(r, c, k):
            if board[r][c] != word[k]:
                return False
            if k == len(word) - 1:
                return True
            saved, board[r][c] = board[r][c], "#"
            for x, y in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= x < rows and 0 <= y < cols and dfs(x, y, k + 1):
                    board[r][c] = saved
                    return True
            board[r][c] = saved
            return False

        return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))

    return [word for word in words if exists(word)]
