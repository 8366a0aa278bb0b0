# Wrong: stores the points in a set, so repeated points count once and a square whose
# corners were added several times is counted only once.
class DetectSquares:
    def __init__(self) -> None:
        self.points = set()

    def add(self, point: list[int]) -> None:
        self.points.add((point[0], point[1]))

    def count(self, point: list[int]) -> int:
        x, y = point
        total = 0
        for px, py in self.points:
            if px != x and abs(px - x) == abs(py - y):
                if (px, y) in self.points and (x, py) in self.points:
                    total += 1
        return total
