import heapq
import random
from collections import deque

from hypothesis import strategies as st

from trainer.problems.shapes import serpentine

MAX_SIDE = 100
Grid = list[list[int]]


def swim_in_water(grid: Grid) -> int:
    """Dijkstra on the bottleneck: the heap hands out the reachable cell whose route so far
    needs the lowest time; the time of a route is the highest value on it."""
    n = len(grid)
    seen = [[False] * n for _ in range(n)]
    seen[0][0] = True
    heap = [(grid[0][0], 0, 0)]
    while heap:
        t, r, c = heapq.heappop(heap)
        if r == n - 1 and c == n - 1:
            return t
        for x, y in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= x < n and 0 <= y < n and not seen[x][y]:
                seen[x][y] = True  # a later route to it can only need a later time
                heapq.heappush(heap, (max(t, grid[x][y]), x, y))
    raise AssertionError("the bottom-right cell is always reachable")


def baseline(grid: Grid) -> int:
    """Binary search on t, each guess tested with a breadth-first flood fill.

    O(n^2 log n) too, but every guess floods the whole reachable area, where the heap
    follows the cheap corridor alone: the complexity check times this one."""
    n = len(grid)

    def reaches(t: int) -> bool:
        if grid[0][0] > t:
            return False
        seen = [[False] * n for _ in range(n)]
        seen[0][0] = True
        queue = deque([(0, 0)])
        while queue:
            r, c = queue.popleft()
            if r == n - 1 and c == n - 1:
                return True
            for x, y in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= x < n and 0 <= y < n and not seen[x][y] and grid[x][y] <= t:
                    seen[x][y] = True
                    queue.append((x, y))
        return False

    low, high = 0, n * n - 1
    while low < high:
        middle = (low + high) // 2
        if reaches(middle):
            high = middle
        else:
            low = middle + 1
    return low


# -- generators ----------------------------------------------------------------------


def _fill(n: int, order: list[tuple[int, int]], rnd: random.Random) -> Grid:
    """The cells of `order` get 0, 1, 2, ... in that order; every other cell one of the
    higher values, shuffled."""
    grid = [[-1] * n for _ in range(n)]
    for value, (r, c) in enumerate(order):
        grid[r][c] = value
    rest = list(range(len(order), n * n))
    rnd.shuffle(rest)
    for r in range(n):
        for c in range(n):
            if grid[r][c] == -1:
                grid[r][c] = rest.pop()
    return grid


def _permutation(n: int, rnd: random.Random) -> Grid:
    values = list(range(n * n))
    rnd.shuffle(values)
    return [values[r * n:(r + 1) * n] for r in range(n)]


def _snake_order(n: int) -> list[tuple[int, int]]:
    """The cells of a serpentine corridor walked from the top-left corner; if the corridor
    misses the bottom-right corner, that corner comes right after its neighbour above."""
    land = serpentine(n, n, True, False)
    order = [(0, 0)]
    seen = {(0, 0)}
    while True:
        r, c = order[-1]
        step = [(x, y) for x, y in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))
                if 0 <= x < n and 0 <= y < n and land[x][y] and (x, y) not in seen]
        if not step:
            break
        order.append(step[0])
        seen.add(step[0])
    if (n - 1, n - 1) not in seen:
        order.insert(order.index((n - 2, n - 1)) + 1, (n - 1, n - 1))
    return order


def snake(n: int, rnd: random.Random, transposed: bool = False,
          low_end: bool = True) -> Grid:
    """The lowest values climb along a corridor that winds through the whole grid, the walls
    between its rows hold the highest ones: the only cheap route is the whole corridor.
    With `low_end`, the bottom-right corner itself holds 1, so the answer is the value
    just before it on the corridor, not the corner's."""
    order = _snake_order(n)
    if low_end and n > 1:
        end = order.index((n - 1, n - 1))
        order = [order[0], order[end], *order[1:end], *order[end + 1:]]
    grid = _fill(n, order, rnd)
    return [list(column) for column in zip(*grid, strict=True)] if transposed else grid


def staircase(n: int, rnd: random.Random) -> Grid:
    """A random monotone route (right and down steps) holds the 2n - 1 lowest values, in
    random order along it: a cheap route exists on a large grid, found quickly."""
    steps = ["R"] * (n - 1) + ["D"] * (n - 1)
    rnd.shuffle(steps)
    r = c = 0
    route = [(0, 0)]
    for step in steps:
        r, c = (r, c + 1) if step == "R" else (r + 1, c)
        route.append((r, c))
    grid = _fill(n, route, rnd)
    low = [grid[r][c] for r, c in route]
    rnd.shuffle(low)
    for (r, c), value in zip(route, low, strict=True):
        grid[r][c] = value
    return grid


def _swap_some(grid: Grid, rnd: random.Random, count: int) -> Grid:
    """Exchange the values of `count` random pairs of cells: still a permutation."""
    n = len(grid)
    for _ in range(count):
        a, b, x, y = (rnd.randrange(n) for _ in range(4))
        grid[a][b], grid[x][y] = grid[x][y], grid[a][b]
    return grid


def _corner_high(grid: Grid, rnd: random.Random) -> Grid:
    """The highest value moved to the start or the end corner: the answer is n*n - 1,
    and a search that forgets that corner's own value is wrong."""
    n = len(grid)
    top = n * n - 1
    r, c = next((r, c) for r in range(n) for c in range(n) if grid[r][c] == top)
    x, y = rnd.choice([(0, 0), (n - 1, n - 1)])
    grid[r][c], grid[x][y] = grid[x][y], grid[r][c]
    return grid


@st.composite
def _tiny(draw: st.DrawFn) -> Grid:
    """Up to 4 x 4, value by value: failures shrink to a readable grid."""
    n = draw(st.integers(1, 4))
    values = draw(st.permutations(range(n * n)))
    return [list(values[r * n:(r + 1) * n]) for r in range(n)]


@st.composite
def _seeded(draw: st.DrawFn) -> Grid:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    kind = draw(st.sampled_from(["random", "random", "snake", "snake-swapped",
                                 "corner", "staircase"]))
    if kind == "staircase":
        return staircase(draw(st.integers(1, MAX_SIDE)), rnd)
    # random grids stay small: the right-and-down trap is rare in them and a failure
    # found on one shrinks only by its size; snakes shrink to the smallest that fails
    n = draw(st.integers(2, 20 if kind.startswith("snake") else 12))
    if kind == "random":
        return _permutation(n, rnd)
    if kind == "corner":
        return _corner_high(_permutation(n, rnd), rnd)
    grid = snake(n, rnd, draw(st.booleans()), draw(st.booleans()))
    if kind == "snake-swapped":  # a few shortcuts open, or the corridor is cut
        grid = _swap_some(grid, rnd, draw(st.integers(1, 4)))
    return grid


@st.composite
def _small_snake(draw: st.DrawFn) -> Grid:
    """A 5 x 5 or 6 x 6 snake, its wall values drawn one by one: the smallest grids on
    which the cheap route must go left (no 4 x 4 grid needs to), shrinking to sorted walls."""
    n = draw(st.sampled_from([5, 6]))
    order = _snake_order(n)
    if draw(st.booleans()):
        end = order.index((n - 1, n - 1))
        order = [order[0], order[end], *order[1:end], *order[end + 1:]]
    walls = draw(st.permutations(range(len(order), n * n)))
    grid = [[-1] * n for _ in range(n)]
    for value, (r, c) in enumerate(order):
        grid[r][c] = value
    rest = iter(walls)
    grid = [[next(rest) if value == -1 else value for value in row] for row in grid]
    return [list(column) for column in zip(*grid, strict=True)] if draw(st.booleans()) else grid


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(_tiny(), _small_snake(), st.just([[0]]), _tiny(), _seeded(), _seeded(),
                     _seeded()).map(lambda grid: {"grid": grid})


def sized(n: int, rnd: random.Random) -> dict:
    """An n x n snake whose corners hold 0 and 1: the answer is about n*n / 2, so a fresh
    search for every time up to it (even from the corners' values up) floods a growing
    part of the corridor about n*n / 2 times."""
    return {"grid": snake(min(n, MAX_SIDE), rnd)}
