# Wrong: stops as soon as a change produces end, without checking that end is in words.
from collections import deque


def ladder_length(begin: str, end: str, words: list[str]) -> int:
    word_set = set(words)
    queue = deque([(begin, 1)])
    seen = {begin}
    while queue:
        word, n = queue.popleft()
        for i in range(len(word)):
            for c in "abcdefghijklmnopqrstuvwxyz":
                nxt = word[:i] + c + word[i + 1:]
                if nxt == end:
                    return n + 1
                if nxt in word_set and nxt not in seen:
                    seen.add(nxt)
                    queue.append((nxt, n + 1))
    return 0
