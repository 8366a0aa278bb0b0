# Accepted: recursive backtracking that checks each piece with piece == piece[::-1] and passes path + [piece].
def palindrome_partitions(s: str) -> list[list[str]]:
    res = []

    def dfs(i, path):
        if i == len(s):
            res.append(path)
            return
        for j in range(i + 1, len(s) + 1):
            piece = s[i:j]
            if piece == piece[::-1]:
                dfs(j, path + [piece])

    dfs(0, [])
    return res
