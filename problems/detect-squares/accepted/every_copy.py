# Accepted: keeps every added point in a list (repeats included) and a dict of counts;
# each stored copy on a diagonal of the query adds the product of the other two counts.
class DetectSquares:
    def __init__(self) -> None:
        self.points = []
        self.counts = {}

    def add(self, point: list[int]) -> None:
        p = (point[0], point[1])
        self.points.append(p)
        self.counts[p] = self.counts.get(p, 0) + 1

    def count(self, point: list[int]) -> int:
        x, y = point
        ways = 0
        for px, py in self.points:
            if px != x and abs(px - x) == abs(py - y):
                ways += self.counts.get((px, y), 0) * self.counts.get((x, py), 0)
        return ways
