# Accepted: bidirectional BFS, always growing the smaller frontier, with string.ascii_lowercase.
import string


def ladder_length(begin: str, end: str, words: list[str]) -> int:
    dictionary = set(words)
    if end not in dictionary:
        return 0
    front, back = {begin}, {end}
    dictionary -= front | back
    length = 1
    while front and back:
        if len(front) > len(back):
            front, back = back, front
        nxt = set()
        for word in front:
            for i in range(len(word)):
                for c in string.ascii_lowercase:
                    cand = word[:i] + c + word[i + 1:]
                    if cand in back:
                        return length + 1
                    if cand in dictionary:
                        dictionary.remove(cand)
                        nxt.add(cand)
        front = nxt
        length += 1
    return 0
