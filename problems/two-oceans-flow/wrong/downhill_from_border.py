# Wrong: searches from the borders in the direction water flows (to lower or equal
# neighbours) instead of against it, so it finds where border water goes, not which cells
# drain to the border.
def pacific_atlantic(heights: list[list[int]]) -> list[list[int]]:
    rows, cols = len(heights), len(heights[0])

    def flood(starts):
        seen = set(starts)
        stack = list(starts)
        while stack:
            r, c = stack.pop()
            for x, y in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= x < rows and 0 <= y < cols and (x, y) not in seen \
                        and heights[x][y] <= heights[r][c]:
                    seen.add((x, y))
                    stack.append((x, y))
        return seen

    p = flood([(0, c) for c in range(cols)] + [(r, 0) for r in range(rows)])
    a = flood([(rows - 1, c) for c in range(cols)] + [(r, cols - 1) for r in range(rows)])
    return [list(cell) for cell in p & a]
