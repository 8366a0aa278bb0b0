# Accepted: a Counter of points; every distinct stored point on a diagonal of the query
# (with a positive side) fixes the other two corners, whose counts are multiplied.
from collections import Counter


class DetectSquares:
    def __init__(self) -> None:
        self.cnt = Counter()

    def add(self, point: list[int]) -> None:
        self.cnt[tuple(point)] += 1

    def count(self, point: list[int]) -> int:
        qx, qy = point
        res = 0
        for (px, py), c in self.cnt.items():
            if abs(px - qx) != abs(py - qy) or px == qx:
                continue
            res += c * self.cnt[(px, qy)] * self.cnt[(qx, py)]
        return res
