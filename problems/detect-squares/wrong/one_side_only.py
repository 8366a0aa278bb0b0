# Wrong: from each point in the query's column it only looks for the square to the
# right (x + side), missing every square that lies to the left of the query.
from collections import defaultdict


class DetectSquares:
    def __init__(self) -> None:
        self.cols = defaultdict(lambda: defaultdict(int))

    def add(self, point: list[int]) -> None:
        self.cols[point[0]][point[1]] += 1

    def count(self, point: list[int]) -> int:
        x, y = point
        total = 0
        for y2, n in list(self.cols[x].items()):
            side = abs(y2 - y)
            if side == 0:
                continue
            total += n * self.cols[x + side][y] * self.cols[x + side][y2]
        return total
