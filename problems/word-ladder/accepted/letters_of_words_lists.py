# Accepted: BFS by levels with list frontiers, trying only letters that occur in the words, char lists.
def ladder_length(begin: str, end: str, words: list[str]) -> int:
    left = set(words)
    if end not in left:
        return 0
    letters = sorted({c for w in words for c in w})
    level, depth = [begin], 1
    left.discard(begin)
    while level:
        depth += 1
        new = []
        for word in level:
            chars = list(word)
            for i, old in enumerate(chars):
                for c in letters:
                    if c == old:
                        continue
                    chars[i] = c
                    cand = "".join(chars)
                    if cand == end:
                        return depth
                    if cand in left:
                        left.remove(cand)
                        new.append(cand)
                chars[i] = old
        level = new
    return 0
