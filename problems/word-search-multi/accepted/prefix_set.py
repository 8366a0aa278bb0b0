# Accepted: no trie - a set of every prefix of every word stops a path as soon as what it
# spells is no word's prefix; the path's cells are kept in a set.
def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    wordset = set(words)
    prefixes = {w[:i] for w in words for i in range(1, len(w) + 1)}
    rows, cols = len(board), len(board[0])
    result = set()
    visited = set()

    def go(r, c, text):
        text += board[r][c]
        if text not in prefixes:
            return
        if text in wordset:
            result.add(text)
        visited.add((r, c))
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in visited:
                go(nr, nc, text)
        visited.remove((r, c))

    for r in range(rows):
        for c in range(cols):
            go(r, c, "")
    return list(result)
