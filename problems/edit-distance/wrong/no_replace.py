# Wrong: allows only insertions and deletions, so a replacement costs 2 (delete, then
# insert): "a" to "b" gives 2 instead of 1.
def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i]
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur.append(prev[j - 1])
            else:
                cur.append(1 + min(prev[j], cur[j - 1]))
        prev = cur
    return prev[-1]
