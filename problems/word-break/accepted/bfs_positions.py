# Breadth-first search over the positions reached so far, each position expanded once,
# looking ahead at most the longest word's length.
from collections import deque


def word_break(s: str, words: list[str]) -> bool:
    dictionary = set(words)
    L = max(len(w) for w in words)
    seen = {0}
    q = deque([0])
    while q:
        i = q.popleft()
        for j in range(i + 1, min(len(s), i + L) + 1):
            if j not in seen and s[i:j] in dictionary:
                if j == len(s):
                    return True
                seen.add(j)
                q.append(j)
    return False
