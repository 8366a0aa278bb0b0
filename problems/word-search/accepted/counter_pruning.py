# Accepted: a Counter check first, the word reversed when its last letter is rarer, then backtracking with a visited set.
from collections import Counter


def exist(board: list[list[str]], word: str) -> bool:
    have = Counter(ch for row in board for ch in row)
    need = Counter(word)
    if any(have[ch] < k for ch, k in need.items()):
        return False
    if have[word[0]] > have[word[-1]]:
        word = word[::-1]
    R, C = len(board), len(board[0])
    seen = set()

    def go(r, c, i):
        if board[r][c] != word[i]:
            return False
        if i + 1 == len(word):
            return True
        seen.add((r, c))
        for x, y in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= x < R and 0 <= y < C and (x, y) not in seen and go(x, y, i + 1):
                seen.discard((r, c))
                return True
        seen.discard((r, c))
        return False

    return any(go(r, c, 0) for r in range(R) for c in range(C))
