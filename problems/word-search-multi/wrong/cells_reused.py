# Wrong: never marks the cells of the current path, so a word may step back onto a cell it
# already used ("aba" is found on a board holding just "a" beside "b").
def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    trie = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node["$"] = w
    rows, cols = len(board), len(board[0])
    found = set()

    def dfs(r, c, node, depth):
        ch = board[r][c]
        if ch not in node or depth > 10:
            return
        node = node[ch]
        if "$" in node:
            found.add(node["$"])
        for x, y in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= x < rows and 0 <= y < cols:
                dfs(x, y, node, depth + 1)

    for r in range(rows):
        for c in range(cols):
            dfs(r, c, trie, 1)
    return list(found)
