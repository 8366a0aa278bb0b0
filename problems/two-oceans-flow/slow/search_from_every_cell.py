# Slow: a breadth-first search downhill from every cell, stopping once both oceans are
# reached; on a plateau each search can visit the whole grid, O((rows*cols)^2) in all.
from collections import deque


def pacific_atlantic(heights: list[list[int]]) -> list[list[int]]:
    rows, cols = len(heights), len(heights[0])
    answer = []
    for sr in range(rows):
        for sc in range(cols):
            pacific = atlantic = False
            seen = {(sr, sc)}
            queue = deque([(sr, sc)])
            while queue and not (pacific and atlantic):
                r, c = queue.popleft()
                if r == 0 or c == 0:
                    pacific = True
                if r == rows - 1 or c == cols - 1:
                    atlantic = True
                for x, y in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if (0 <= x < rows and 0 <= y < cols and (x, y) not in seen
                            and heights[x][y] <= heights[r][c]):
                        seen.add((x, y))
                        queue.append((x, y))
            if pacific and atlantic:
                answer.append([sr, sc])
    return answer
