# Wrong: a depth-first search with one visited set returns the first ladder it finds,
# which need not be the shortest.
def ladder_length(begin: str, end: str, words: list[str]) -> int:
    word_set = set(words)
    if end not in word_set:
        return 0
    visited = {begin}

    def dfs(word, length):
        if word == end:
            return length
        for i in range(len(word)):
            for c in "abcdefghijklmnopqrstuvwxyz":
                nxt = word[:i] + c + word[i + 1:]
                if nxt in word_set and nxt not in visited:
                    visited.add(nxt)
                    found = dfs(nxt, length + 1)
                    if found:
                        return found
        return 0

    return dfs(begin, 1)
