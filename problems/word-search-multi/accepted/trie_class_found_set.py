# Accepted: a trie of TrieNode objects and a recursive search from every cell that checks
# bounds and letters on entry; found words go into a set, nothing is removed from the trie.
class TrieNode:
    def __init__(self):
        self.children = {}
        self.word = None


def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    root = TrieNode()
    for w in words:
        node = root
        for ch in w:
            if ch not in node.children:
                node.children[ch] = TrieNode()
            node = node.children[ch]
        node.word = w

    m, n = len(board), len(board[0])
    found = set()

    def dfs(i, j, node):
        if i < 0 or i >= m or j < 0 or j >= n:
            return
        ch = board[i][j]
        if ch not in node.children:
            return
        node = node.children[ch]
        if node.word is not None:
            found.add(node.word)
        board[i][j] = "#"
        dfs(i + 1, j, node)
        dfs(i - 1, j, node)
        dfs(i, j + 1, node)
        dfs(i, j - 1, node)
        board[i][j] = ch

    for i in range(m):
        for j in range(n):
            dfs(i, j, root)
    return list(found)
