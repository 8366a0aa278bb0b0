# Accepted: an iterative depth-first search with a stack from each ocean's border, one
# visited set per ocean, then the intersection of the two sets.
def pacific_atlantic(heights: list[list[int]]) -> list[list[int]]:
    m, n = len(heights), len(heights[0])

    def flood(starts):
        visited = set(starts)
        stack = list(starts)
        while stack:
            i, j = stack.pop()
            for di, dj in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                a, b = i + di, j + dj
                if 0 <= a < m and 0 <= b < n and (a, b) not in visited \
                        and heights[a][b] >= heights[i][j]:
                    visited.add((a, b))
                    stack.append((a, b))
        return visited

    pacific = flood([(0, j) for j in range(n)] + [(i, 0) for i in range(m)])
    atlantic = flood([(m - 1, j) for j in range(n)] + [(i, n - 1) for i in range(m)])
    return [list(cell) for cell in pacific & atlantic]
