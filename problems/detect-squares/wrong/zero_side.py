# Wrong: does not skip a diagonal point at distance 0, so copies of the query point
# itself are counted as squares of side 0.
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
            if abs(px - qx) == abs(py - qy):
                res += c * self.cnt[(px, qy)] * self.cnt[(qx, py)]
        return res
