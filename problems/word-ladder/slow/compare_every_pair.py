# Correct but O(N^2 * L): a BFS that finds the next words by comparing the current word
# with every word not yet reached, letter by letter.
from collections import deque


def ladder_length(begin: str, end: str, words: list[str]) -> int:
    if end not in words:
        return 0
    left = [w for w in words if w != begin]
    queue = deque([(begin, 1)])
    while queue:
        word, count = queue.popleft()
        keep = []
        for other in left:
            if sum(a != b for a, b in zip(word, other)) == 1:
                if other == end:
                    return count + 1
                queue.append((other, count + 1))
            else:
                keep.append(other)
        left = keep
    return 0
