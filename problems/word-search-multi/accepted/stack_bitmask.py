# Accepted: an iterative search with an explicit stack; each entry carries its trie node
# and the cells used so far as the bits of one integer, so the board is never modified.
def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    trie = {}
    for word in words:
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node["!"] = word
    rows, cols = len(board), len(board[0])
    found = set()
    for r0 in range(rows):
        for c0 in range(cols):
            if board[r0][c0] not in trie:
                continue
            stack = [(r0, c0, trie[board[r0][c0]], 1 << (r0 * cols + c0))]
            while stack:
                r, c, node, used = stack.pop()
                if "!" in node:
                    found.add(node["!"])
                for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= x < rows and 0 <= y < cols:
                        bit = 1 << (x * cols + y)
                        if not used & bit and board[x][y] in node:
                            stack.append((x, y, node[board[x][y]], used | bit))
    return sorted(found)
