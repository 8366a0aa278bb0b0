# Union-find over the 'O' cells (union by size, path halving) with one extra node for the
# border: an 'O' is safe when it is in the border node's set.
def capture_regions(board: list[list[str]]) -> None:
    rows, cols = len(board), len(board[0])
    border = rows * cols
    parent = list(range(border + 1))
    size = [1] * (border + 1)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: int, b: int) -> None:
        a, b = find(a), find(b)
        if a == b:
            return
        if size[a] < size[b]:
            a, b = b, a
        parent[b] = a
        size[a] += size[b]

    for r in range(rows):
        for c in range(cols):
            if board[r][c] != "O":
                continue
            if r in (0, rows - 1) or c in (0, cols - 1):
                union(r * cols + c, border)
            if r + 1 < rows and board[r + 1][c] == "O":
                union(r * cols + c, (r + 1) * cols + c)
            if c + 1 < cols and board[r][c + 1] == "O":
                union(r * cols + c, r * cols + c + 1)
    safe = find(border)
    for r in range(rows):
        for c in range(cols):
            if board[r][c] == "O" and find(r * cols + c) != safe:
                board[r][c] = "X"
