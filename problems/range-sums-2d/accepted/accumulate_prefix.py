# Accepted: itertools.accumulate builds each row's running sums, added to the row above;
# the answers come from a list comprehension.
from itertools import accumulate


def range_sums_2d(matrix: list[list[int]], queries: list[list[int]]) -> list[int]:
    cols = len(matrix[0])
    P = [[0] * (cols + 1)]
    for row in matrix:
        above = P[-1]
        running = [0, *accumulate(row)]
        P.append([a + b for a, b in zip(above, running)])
    return [P[r2 + 1][c2 + 1] - P[r1][c2 + 1] - P[r2 + 1][c1] + P[r1][c1]
            for r1, c1, r2, c2 in queries]
