# From the end backwards with two variables, the pieces looked up in a set of strings.
def num_decodings(s: str) -> int:
    pieces = {str(k) for k in range(1, 27)}
    next1, next2 = 1, 0  # decodings of s[i + 1:] and s[i + 2:]
    for i in range(len(s) - 1, -1, -1):
        cur = next1 if s[i] in pieces else 0
        if s[i:i + 2] in pieces and i + 2 <= len(s) and len(s[i:i + 2]) == 2:
            cur += next2
        next1, next2 = cur, next1
    return next1
