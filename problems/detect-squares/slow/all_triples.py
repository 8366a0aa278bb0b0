# Correct but O(n^3) per count: tries every triple of stored points (repeats included)
# and checks whether it makes an axis-aligned square with the query point.
from itertools import combinations


class DetectSquares:
    def __init__(self) -> None:
        self.points = []

    def add(self, point: list[int]) -> None:
        self.points.append((point[0], point[1]))

    def count(self, point: list[int]) -> int:
        q = (point[0], point[1])
        total = 0
        for a, b, c in combinations(self.points, 3):
            p = sorted([q, a, b, c])
            x1, y1 = p[0]
            x2, y2 = p[3]
            side = x2 - x1
            if side > 0 and y2 - y1 == side and p[1] == (x1, y2) and p[2] == (x2, y1):
                total += 1
        return total
