# Wrong: counts the changes made (the edges of the ladder), not the words in it: one short.
from collections import deque


def ladder_length(begin: str, end: str, words: list[str]) -> int:
    word_set = set(words)
    if end not in word_set:
        return 0
    queue = deque([(begin, 0)])
    seen = {begin}
    while queue:
        word, steps = queue.popleft()
        if word == end:
            return steps
        for i in range(len(word)):
            for c in "abcdefghijklmnopqrstuvwxyz":
                nxt = word[:i] + c + word[i + 1:]
                if nxt in word_set and nxt not in seen:
                    seen.add(nxt)
                    queue.append((nxt, steps + 1))
    return 0
