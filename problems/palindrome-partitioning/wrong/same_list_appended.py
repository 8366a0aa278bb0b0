# Wrong: appends the current list of pieces itself rather than a copy; it is emptied as
# the search backs out, so every recorded partition ends up as [].
def palindrome_partitions(s: str) -> list[list[str]]:
    result, path = [], []

    def backtrack(start):
        if start == len(s):
            result.append(path)
            return
        for end in range(start + 1, len(s) + 1):
            piece = s[start:end]
            if piece == piece[::-1]:
                path.append(piece)
                backtrack(end)
                path.pop()

    backtrack(0)
    return result
