# Accepted: a dict of dicts, x -> y -> count; walks the query's column, and each point
# above or below it gives a side for a square to the left and one to the right.
class DetectSquares:
    def __init__(self) -> None:
        self.grid = {}

    def add(self, point: list[int]) -> None:
        x, y = point
        column = self.grid.setdefault(x, {})
        column[y] = column.get(y, 0) + 1

    def _at(self, x, y):
        return self.grid.get(x, {}).get(y, 0)

    def count(self, point: list[int]) -> int:
        x, y = point
        total = 0
        for y2, n in self.grid.get(x, {}).items():
            d = y2 - y
            if d == 0:
                continue
            total += n * self._at(x + d, y) * self._at(x + d, y2)
            total += n * self._at(x - d, y) * self._at(x - d, y2)
        return total
