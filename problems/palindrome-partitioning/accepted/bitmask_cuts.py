# Accepted: every set of cut positions as a bitmask over the n - 1 gaps, kept when all pieces are palindromes.
def palindrome_partitions(s: str) -> list[list[str]]:
    n = len(s)
    out = []
    for mask in range(1 << (n - 1)):
        pieces, start = [], 0
        for gap in range(n - 1):
            if mask >> gap & 1:
                pieces.append(s[start:gap + 1])
                start = gap + 1
        pieces.append(s[start:])
        if all(p == p[::-1] for p in pieces):
            out.append(pieces)
    return out
