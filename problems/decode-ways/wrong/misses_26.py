# Wrong: an off-by-one in the two-digit test (< 26), so the piece "26" (Z) is never used.
def num_decodings(s: str) -> int:
    prev, cur = 1, 1
    for i in range(1, len(s) + 1):
        new = cur if s[i - 1] != "0" else 0
        if i >= 2 and 10 <= int(s[i - 2:i]) < 26:
            new += prev
        prev, cur = cur, new
    return cur
