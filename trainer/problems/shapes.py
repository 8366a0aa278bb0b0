"""Building blocks for problems' input generators: tree shapes as level-order lists, and
grids of land and water.

Used by the reference.py of tree and grid problems (so it runs in the grader, never in
the fast path). Large shapes are built from one drawn random.Random, not element by
element.
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from trainer.problems.structures import TreeNode, build_tree, tree_to_list

Shape = Callable[[int, random.Random], list[int | None]]


def level_order(root: TreeNode | None) -> list[int | None]:
    return tree_to_list(root, cap=1 << 30)


def _node(rnd: random.Random, value: int) -> TreeNode:
    return TreeNode(rnd.randint(-value, value))


def _grow(free: list[tuple[TreeNode, str]], count: int, rnd: random.Random,
          value: int) -> None:
    """Hang `count` new nodes, each on a uniformly chosen free child slot."""
    for _ in range(count):
        k = rnd.randrange(len(free))
        free[k], free[-1] = free[-1], free[k]
        parent, side = free.pop()
        child = _node(rnd, value)
        setattr(parent, side, child)
        free += [(child, "left"), (child, "right")]


def random_tree(n: int, rnd: random.Random, value: int = 100) -> list[int | None]:
    """n nodes, each new node hung on a uniformly chosen free child slot."""
    if n == 0:
        return []
    root = _node(rnd, value)
    _grow([(root, "left"), (root, "right")], n - 1, rnd, value)
    return level_order(root)


def complete_tree(n: int, rnd: random.Random, value: int = 100) -> list[int | None]:
    return list[int | None](integers(rnd, n, -value, value))


def integers(rnd: random.Random, n: int, low: int, high: int) -> list[int]:
    """n integers drawn uniformly from [low, high]: several times quicker than n calls to
    rnd.randint, which counts for the large inputs of a grading."""
    return rnd.choices(range(low, high + 1), k=n)


def chain(n: int, rnd: random.Random, sides: str = "left",
          value: int = 100) -> list[int | None]:
    """A path of n nodes going left, right, zigzag (alternating) or random."""
    if n == 0:
        return []
    root = node = _node(rnd, value)
    for i in range(n - 1):
        if sides == "random":
            side = rnd.choice(("left", "right"))
        elif sides == "zigzag":
            side = ("left", "right")[i % 2]
        else:
            side = sides
        child = _node(rnd, value)
        setattr(node, side, child)
        node = child
    return level_order(root)


def spine_with_branches(n: int, rnd: random.Random, max_depth: int,
                        value: int = 100) -> list[int | None]:
    """A deep path (at most max_depth - 100 nodes) with short random subtrees off it:
    the worst case for recursion, with bushy parts too."""
    spine = min(max_depth - 100, max(1, n // 2))
    nodes = [_node(rnd, value) for _ in range(spine)]
    free = []
    for parent, child in itertools.pairwise(nodes):
        side = rnd.choice(("left", "right"))
        setattr(parent, side, child)
        free.append((parent, "right" if side == "left" else "left"))
    free += [(nodes[-1], "left"), (nodes[-1], "right")]
    _grow(free, n - spine, rnd, value)
    return level_order(nodes[0])


def increasing_runs(rnd: random.Random, count: int, bound: int) -> list[int]:
    """count strictly increasing values in [-bound, bound], built from a few arithmetic
    runs with gaps between them (quick for a million values)."""
    parts = rnd.randint(1, 4)
    cuts = sorted(rnd.sample(range(1, count), parts - 1)) if count > parts else []
    sizes = [b - a for a, b in zip([0, *cuts], [*cuts, count], strict=True)]
    values: list[int] = []
    value = -bound + rnd.randrange(bound // 2)
    for size in sizes:
        room = (bound - value) // (len(sizes) * max(size, 1))
        step = rnd.randint(1, max(1, min(room, 2000)))
        values.extend(range(value, value + step * size, step))
        value = values[-1] + rnd.randint(1, max(1, min(room, 10**6))) if values else value
    return values


def lopsided(mirrored: bool) -> list[int | None]:
    """Two differently shaped sides, in either order: the deepest leaf on one side and the
    bushier part on the other. Mirroring shows in the shape, not only in the values, and a
    depth read off one side only is wrong."""
    bushy = TreeNode(1, TreeNode(2), TreeNode(3))
    deep = TreeNode(4, None, TreeNode(5, TreeNode(6, None, TreeNode(7))))
    return level_order(TreeNode(0, deep, bushy) if mirrored else TreeNode(0, bushy, deep))


def lopsided_trees() -> st.SearchStrategy[list[int | None]]:
    return st.booleans().map(lopsided)


def trees(max_nodes: int, max_depth: int, value: int = 100,
          *extra: st.SearchStrategy[list]) -> st.SearchStrategy[list]:
    """Level-order trees of every shape, edge cases weighted in: empty, one node, small
    free-form level orders, random / complete / spine shapes of up to max_nodes, and
    paths up to max_depth deep (left, right, zigzag, random); plus a problem's own
    `extra` shapes, each as likely as one of these."""

    @st.composite
    def shaped(draw: st.DrawFn, nodes: int) -> list[int | None]:
        rnd = random.Random(draw(st.integers(0, 2**32)))
        kind = draw(st.sampled_from(["random", "complete", "spine", "left", "right",
                                     "zigzag", "random-path"]))
        n = draw(st.integers(0, nodes))
        if kind == "random":
            return random_tree(n, rnd, value)
        if kind == "complete":
            return complete_tree(n, rnd, value)
        if kind == "spine":
            return spine_with_branches(n, rnd, max_depth, value)
        return chain(min(n, max_depth), rnd, kind.removesuffix("-path"), value)

    @st.composite
    def deep_path(draw: st.DrawFn) -> list[int | None]:
        n = draw(st.integers(max_depth // 2, max_depth))
        side = draw(st.sampled_from(["left", "right", "zigzag"]))
        return chain(n, random.Random(draw(st.integers(0, 2**32))), side, value)

    free_form = st.lists(st.one_of(st.none(), st.integers(-value, value)), max_size=25)
    return st.one_of(
        st.just([]),
        st.integers(-value, value).map(lambda v: [v]),
        free_form.map(lambda items: level_order(build_tree(items))),
        shaped(40),
        shaped(40),
        shaped(max_nodes),
        st.one_of(deep_path(), shaped(40), shaped(40)),  # a few very deep paths
        *extra,
    )



# -- grids of land and water, as lists of rows ------------------------------------------
Grid = list[list[Any]]


def random_grid(rows: int, cols: int, density: float, rnd: random.Random, land: Any = 1,
                water: Any = 0) -> Grid:
    return [[land if rnd.random() < density else water for _ in range(cols)]
            for _ in range(rows)]


def serpentine(rows: int, cols: int, land: Any = 1, water: Any = 0) -> Grid:
    """One island snaking through the grid: full rows joined alternately at the two ends."""
    grid = [[water] * cols for _ in range(rows)]
    for r in range(0, rows, 2):
        grid[r] = [land] * cols
    for r in range(1, rows, 2):
        grid[r][cols - 1 if r % 4 == 1 else 0] = land
    return grid


def spiral(rows: int, cols: int, land: Any = 1, water: Any = 0) -> Grid:
    """One island winding inwards: a spiral corridor of land two cells apart."""
    grid = [[water] * cols for _ in range(rows)]
    top, left, bottom, right = 0, 0, rows - 1, cols - 1
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            grid[top][c] = land
        for r in range(top, bottom + 1):
            grid[r][right] = land
        if top + 2 <= bottom:
            for c in range(right, left - 1, -1):
                grid[bottom][c] = land
        if left + 2 <= right and top + 2 <= bottom:
            for r in range(bottom, top + 1, -1):
                grid[r][left] = land
            if top + 2 < bottom:
                grid[top + 2][left + 1] = land
        top, left, bottom, right = top + 2, left + 2, bottom - 2, right - 2
    return grid


def square_grid(n: int, rnd: random.Random, max_side: int, density: float = 0.75,
                land: Any = 1, water: Any = 0) -> Grid:
    """About n cells, as square as max_side allows: the complexity ladder's grids."""
    side = min(max_side, max(1, math.isqrt(n)))
    rows, cols = side, min(max_side, max(1, n // side))
    return random_grid(rows, cols, density, rnd, land, water)


def grids(max_side: int, land: Any = 1, water: Any = 0,
          *extra: st.SearchStrategy[Grid]) -> st.SearchStrategy[Grid]:
    """Grids of every shape, edge cases weighted in: tiny grids drawn cell by cell (they
    shrink to a readable picture), random densities, all land or all water, checkerboards
    (only diagonal contact), snakes and spirals (deep for a recursive search), and about
    one in ten up to max_side x max_side (big grids are slow to copy and to shrink);
    plus a problem's own `extra` shapes."""
    sides = st.integers(1, 30)

    @st.composite
    def tiny(draw: st.DrawFn) -> Grid:
        rows, cols = draw(st.integers(1, 5)), draw(st.integers(1, 5))
        row = st.lists(st.sampled_from([water, land]), min_size=cols, max_size=cols)
        return draw(st.lists(row, min_size=rows, max_size=rows))

    @st.composite
    def randomly(draw: st.DrawFn, most: int) -> Grid:
        rows, cols = draw(st.integers(1, most)), draw(st.integers(1, most))
        density = draw(st.sampled_from([0.1, 0.3, 0.5, 0.6, 0.7, 0.9]))
        return random_grid(rows, cols, density, random.Random(draw(st.integers(0, 2**32))),
                           land, water)

    @st.composite
    def uniform(draw: st.DrawFn) -> Grid:
        rows, cols, value = draw(sides), draw(sides), draw(st.sampled_from([water, land]))
        return [[value] * cols for _ in range(rows)]

    @st.composite
    def checkerboard(draw: st.DrawFn) -> Grid:
        rows, cols, phase = draw(sides), draw(sides), draw(st.integers(0, 1))
        return [[land if (r + c + phase) % 2 == 0 else water for c in range(cols)]
                for r in range(rows)]

    @st.composite
    def snake(draw: st.DrawFn, most: int, cuts: bool) -> Grid:
        rows, cols = draw(st.integers(1, most)), draw(st.integers(1, most))
        grid = draw(st.sampled_from([serpentine, spiral]))(rows, cols, land, water)
        if cuts and draw(st.booleans()):  # a few extra lone cells or cuts
            rnd = random.Random(draw(st.integers(0, 2**32)))
            for _ in range(draw(st.integers(1, 4))):
                r, c = rnd.randrange(rows), rnd.randrange(cols)
                grid[r][c] = land if grid[r][c] == water else water
        return grid

    small = st.one_of(tiny(), randomly(40), uniform(), checkerboard(), snake(12, True),
                      *extra)
    big = st.one_of(randomly(max_side), snake(max_side, False))

    @st.composite
    def sometimes_big(draw: st.DrawFn) -> Grid:
        if draw(st.integers(0, 9)) == 9:  # shrinks towards 0: a small grid
            return draw(big)
        return draw(small)

    return sometimes_big()


# -- height-balanced trees -----------------------------------------------------------------
def _fewest_nodes(height: int) -> int:
    """The fewest nodes a height-balanced tree of this height can have (a Fibonacci tree)."""
    fewer, few = 0, 1
    if height == 0:
        return 0
    for _ in range(height - 1):
        fewer, few = few, 1 + few + fewer
    return few


def balanced_tree(n: int, rnd: random.Random, value: int = 100,
                  height: int | None = None) -> list[int | None]:
    """n nodes, height-balanced at every node (the two subtrees' heights differ by at most
    one), shaped at random: as tall as such a tree can be, as short, or between. `height`
    (counted in nodes) picks the height; it must be possible for n nodes."""
    tallest = 0
    while _fewest_nodes(tallest + 1) <= n:
        tallest += 1
    shortest = n.bit_length()  # 2^h - 1 >= n
    if height is None:
        height = rnd.randint(shortest, tallest)
    if not shortest <= height <= tallest:
        raise ValueError(f"no height-balanced tree of {n} nodes has height {height}")

    def build(count: int, tall: int) -> TreeNode | None:
        if count == 0:
            return None
        options = []
        for left, right in ((tall - 1, tall - 1), (tall - 1, tall - 2), (tall - 2, tall - 1)):
            if right < 0:
                continue
            low = max(_fewest_nodes(left), count - 1 - (2**right - 1))
            high = min(2**left - 1, count - 1 - _fewest_nodes(right))
            if low <= high:
                options.append((left, right, low, high))
        left, right, low, high = rnd.choice(options)
        size = rnd.randint(low, high)
        return TreeNode(rnd.randint(-value, value), build(size, left),
                        build(count - 1 - size, right))

    return level_order(build(n, height))


# -- lists of intervals ----------------------------------------------------------------------
def random_intervals(rnd: random.Random, n: int, low: int, high: int, longest: int,
                     shortest: int = 0) -> list[list[int]]:
    """n intervals [start, end] inside [low, high], each shortest <= end - start <=
    longest (as far as the range allows), placed uniformly: narrow ranges give many
    overlaps, duplicates and shared endpoints."""
    longest = min(longest, high - low)
    shortest = min(shortest, longest)
    result = []
    for _ in range(n):
        length = rnd.randint(shortest, longest)
        start = rnd.randint(low, high - length)
        result.append([start, start + length])
    return result


# -- strings ---------------------------------------------------------------------------------
def palindrome(rnd: random.Random, alphabet: str, length: int) -> str:
    """A random palindrome of exactly `length` letters of `alphabet` (odd lengths have a
    middle letter of their own)."""
    half = "".join(rnd.choices(alphabet, k=length // 2))
    middle = rnd.choice(alphabet) if length % 2 else ""
    return half + middle + half[::-1]


# -- binary search trees ------------------------------------------------------------------------
def bst_from_order(order: list[int]) -> list[int | None]:
    """The binary search tree that inserting the distinct values of `order` one by one,
    from an empty tree, would build, in level order; quick even when the order is sorted
    (a path as deep as the list is long). Each value hangs below whichever of its two
    sorted neighbours among the values inserted before it came last: it goes right of its
    predecessor, or left of its successor."""
    if not order:
        return []
    ranked = sorted(order)
    if any(a == b for a, b in itertools.pairwise(ranked)):
        raise ValueError("a binary search tree needs distinct values")
    position = {value: index for index, value in enumerate(ranked)}
    when = {value: time for time, value in enumerate(order)}
    n = len(ranked)
    # Remove the values newest first from a linked list in sorted order: a value's two
    # neighbours at its removal are its neighbours among the values inserted before it.
    before, after = list(range(-1, n - 1)), list(range(1, n + 1))
    nodes = {value: TreeNode(value) for value in order}
    for value in reversed(order):
        i = position[value]
        low, high = before[i], after[i]
        if low >= 0:
            after[low] = high
        if high < n:
            before[high] = low
        parents = [(when[ranked[j]], j) for j in (low, high) if 0 <= j < n]
        if not parents:
            continue  # the first value inserted: the root
        _, j = max(parents)
        if j == low:
            nodes[ranked[j]].right = nodes[value]
        else:
            nodes[ranked[j]].left = nodes[value]
    return level_order(nodes[order[0]])


# -- directed graphs ----------------------------------------------------------------------------
def prerequisite_pairs(rnd: random.Random, n: int, count: int, cycle: str | None = None,
                       chain: bool = False, repeats: int = 0) -> list[list[int]]:
    """Pairs [a, b] ("b comes before a") over the nodes 0..n-1, `count` of them drawn so
    that b precedes a in one hidden random order of the nodes: together they form no
    cycle. With `chain`, every two neighbours of that order are paired too (a path
    through all n nodes). `cycle` then plants exactly one way back: "self" adds [x, x],
    "two" a pair and its reverse, "long" a path of forward pairs through several nodes
    and the pair that closes it (both need n >= 2). `repeats` pairs are listed twice.
    The pairs come shuffled."""
    order = list(range(n))
    rnd.shuffle(order)
    pairs: list[list[int]] = []
    if chain:
        pairs += [[order[i + 1], order[i]] for i in range(n - 1)]
    for _ in range(count if n >= 2 else 0):
        i, j = sorted(rnd.sample(range(n), 2))
        pairs.append([order[j], order[i]])
    if cycle == "self":
        x = rnd.randrange(n)
        pairs.append([x, x])
    elif cycle in ("two", "long") and n >= 2:
        length = 2 if cycle == "two" else rnd.randint(min(3, n), n)
        path = sorted(rnd.sample(range(n), length))
        pairs += [[order[path[k + 1]], order[path[k]]] for k in range(length - 1)]
        pairs.append([order[path[0]], order[path[-1]]])
    if pairs and repeats:
        pairs += [list(p) for p in rnd.choices(pairs, k=repeats)]
    rnd.shuffle(pairs)
    return pairs


PREREQUISITE_CYCLES = [None, None, None, "self", "two", "long", "long"]


@st.composite
def planted_prerequisites(draw: st.DrawFn, max_n: int) -> dict[str, Any]:
    """{"num_courses", "prerequisites"}: a DAG from a hidden order, half the time with one
    way back planted (see prerequisite_pairs)."""
    n = draw(st.integers(1, max_n))
    count = draw(st.integers(0, 3 * n))
    cycle = draw(st.sampled_from(PREREQUISITE_CYCLES))
    chain = draw(st.booleans())
    repeats = draw(st.sampled_from([0, 0, 1, 5]))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    return {"num_courses": n,
            "prerequisites": prerequisite_pairs(rnd, n, count, cycle, chain, repeats)}


@st.composite
def small_prerequisites(draw: st.DrawFn) -> dict[str, Any]:
    """Any pairs over a few courses, drawn one by one so that failures shrink well."""
    n = draw(st.integers(1, 6))
    pair = st.lists(st.integers(0, n - 1), min_size=2, max_size=2)
    return {"num_courses": n, "prerequisites": draw(st.lists(pair, max_size=10))}


# -- walks on grids -----------------------------------------------------------------------------
def grid_walk(rows: int, cols: int, length: int, rnd: random.Random) -> list[tuple[int, int]]:
    """A random self-avoiding walk of up to `length` cells of a rows x cols grid, each a
    step up, down, left or right from the one before (shorter if it gets stuck)."""
    r, c = rnd.randrange(rows), rnd.randrange(cols)
    path, seen = [(r, c)], {(r, c)}
    while len(path) < length:
        steps = [(x, y) for x, y in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))
                 if 0 <= x < rows and 0 <= y < cols and (x, y) not in seen]
        if not steps:
            break
        r, c = rnd.choice(steps)
        path.append((r, c))
        seen.add((r, c))
    return path


def grid_walk_back(rows: int, cols: int, length: int,
                   rnd: random.Random) -> list[tuple[int, int]]:
    """A walk of up to `length` cells (3 when `length` is smaller) that ends by stepping
    back onto the cell it has just left: the word it spells needs that cell twice."""
    path = grid_walk(rows, cols, max(2, length - 1), rnd)
    if len(path) < 2:
        return path
    turn = rnd.randrange(1, len(path))
    return [*path[:turn + 1], path[turn - 1]]
