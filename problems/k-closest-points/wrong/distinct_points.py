# Wrong: removes repeated points first, so when a point occurs several times the answer
# has fewer than k points (or leaves out a copy that should be there).
def k_closest(points: list[list[int]], k: int) -> list[list[int]]:
    unique = {(x, y) for x, y in points}
    ranked = sorted(unique, key=lambda p: p[0] * p[0] + p[1] * p[1])
    return [list(p) for p in ranked[:k]]
