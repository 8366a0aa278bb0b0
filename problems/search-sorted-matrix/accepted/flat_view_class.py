# Accepted: a small sequence class that shows the matrix as one flat list (__getitem__,
# __len__), searched with bisect.bisect_left.
import bisect


class _Flat:
    def __init__(self, matrix):
        self.matrix = matrix
        self.cols = len(matrix[0])

    def __len__(self):
        return len(self.matrix) * self.cols

    def __getitem__(self, i):
        return self.matrix[i // self.cols][i % self.cols]


def search_matrix(matrix: list[list[int]], target: int) -> bool:
    flat = _Flat(matrix)
    i = bisect.bisect_left(flat, target)
    return i < len(flat) and flat[i] == target
