# Wrong: marks each visited cell with "#" but never writes its letter back, so every later
# path (and every later starting cell) sees a board with holes in it.
def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    trie = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node["$"] = w
    rows, cols = len(board), len(board[0])
    found = set()

    def dfs(r, c, node):
        ch = board[r][c]
        if ch not in node:
            return
        node = node[ch]
        if "$" in node:
            found.add(node["$"])
        board[r][c] = "#"
        for x, y in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= x < rows and 0 <= y < cols:
                dfs(x, y, node)

    for r in range(rows):
        for c in range(cols):
            dfs(r, c, trie)
    return list(found)
