import random

from hypothesis import strategies as st

MAX_N = 10**4


def find_redundant_connection(edges: list[list[int]]) -> list[int]:
    """Union-find, adding the edges in order: the first edge whose two ends are already
    connected closes the cycle, and every other edge of the cycle came before it."""
    parent = list(range(len(edges) + 1))
    size = [1] * (len(edges) + 1)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    for u, v in edges:
        a, b = find(u), find(v)
        if a == b:
            return [u, v]
        if size[a] < size[b]:
            a, b = b, a
        parent[b] = a
        size[a] += size[b]
    raise ValueError("the edges hold no cycle")


# -- input shapes ----------------------------------------------------------------------
def _tree(n: int, shape: str, rnd: random.Random) -> list[list[int]]:
    """The edges of a tree on 1..n with its nodes relabelled at random: a random
    recursive tree (shallow), a path, a star, or a caterpillar (a path with legs)."""
    labels = list(range(1, n + 1))
    rnd.shuffle(labels)
    edges = []
    for i in range(1, n):
        if shape == "path":
            j = i - 1
        elif shape == "star":
            j = 0
        elif shape == "caterpillar":
            j = i - 1 if i % 3 else max(0, i - 2)
        else:
            j = rnd.randrange(i)
        edges.append([labels[j], labels[i]])
    return edges


def _close_cycle(tree: list[list[int]], n: int, length: int | None,
                 rnd: random.Random) -> list[int]:
    """An edge between two nodes not adjacent in the tree: with `length`, the two ends of
    a path of about that many nodes (the cycle it closes has that length)."""
    adjacent: dict[int, list[int]] = {k: [] for k in range(1, n + 1)}
    for u, v in tree:
        adjacent[u].append(v)
        adjacent[v].append(u)
    while True:
        u = rnd.randint(1, n)
        if length is None:
            v = rnd.randint(1, n)
        else:  # walk away from u without stepping back
            v, previous = u, 0
            for _ in range(length - 1):
                steps = [w for w in adjacent[v] if w != previous]
                if not steps:
                    break
                previous, v = v, rnd.choice(steps)
        if v != u and v not in adjacent[u]:
            return [u, v]


def _graph(n: int, shape: str, length: int | None, rnd: random.Random,
           cycle_first: bool = False) -> list[list[int]]:
    tree = _tree(n, shape, rnd)
    edges = tree + [_close_cycle(tree, n, length, rnd)]
    rnd.shuffle(edges)
    edges = [edge[::-1] if rnd.random() < 0.5 else edge for edge in edges]
    if cycle_first:  # every cycle edge in the first 90%, so the answer is not the last
        on_cycle = set(map(tuple, _cycle_edges(edges)))
        cycle = [e for e in edges if tuple(e) in on_cycle]
        rest = [e for e in edges if tuple(e) not in on_cycle]
        front = rest[: max(0, n * 9 // 10 - len(cycle))] + cycle
        rnd.shuffle(front)
        edges = front + rest[len(front) - len(cycle):]
    return edges


def _cycle_edges(edges: list[list[int]]) -> list[list[int]]:
    """The edges on the cycle: strip leaves until none is left."""
    degree: dict[int, int] = {}
    adjacent: dict[int, list[int]] = {}
    for u, v in edges:
        for a, b in ((u, v), (v, u)):
            degree[a] = degree.get(a, 0) + 1
            adjacent.setdefault(a, []).append(b)
    leaves = [k for k, d in degree.items() if d == 1]
    while leaves:
        leaf = leaves.pop()
        degree[leaf] = 0
        for other in adjacent[leaf]:
            if degree[other] > 0:
                degree[other] -= 1
                if degree[other] == 1:
                    leaves.append(other)
    return [e for e in edges if degree[e[0]] > 1 and degree[e[1]] > 1]


@st.composite
def _small(draw: st.DrawFn) -> dict:
    """3 to 8 nodes drawn choice by choice, so failures shrink well: each node joins an
    earlier one, then one extra edge, then the order and orientation of every edge."""
    n = draw(st.integers(3, 8))
    edges = [[draw(st.integers(1, i - 1)), i] for i in range(2, n + 1)]
    existing = {tuple(sorted(e)) for e in edges}
    pairs = [[u, v] for u in range(1, n + 1) for v in range(u + 1, n + 1)
             if (u, v) not in existing]
    edges.append(draw(st.sampled_from(pairs)))
    edges = draw(st.permutations(edges))
    return {"edges": [e[::-1] if draw(st.booleans()) else e for e in edges]}


@st.composite
def _cycle_with_tail(draw: st.DrawFn) -> dict:
    """A cycle of 3 to 5 nodes with a path of 1 to 3 more nodes hanging from it, in any
    order: the tail's first edge joins two nodes of degree 2 or more without being on the
    cycle."""
    cycle = draw(st.integers(3, 5))
    tail = draw(st.integers(1, 3))
    edges = [[i, i % cycle + 1] for i in range(1, cycle + 1)]
    edges += [[cycle + i - 1 if i > 1 else draw(st.integers(1, cycle)), cycle + i]
              for i in range(1, tail + 1)]
    edges = draw(st.permutations(edges))
    return {"edges": [e[::-1] if draw(st.booleans()) else e for e in edges]}


@st.composite
def _shaped(draw: st.DrawFn) -> dict:
    """Up to 300 nodes, any tree shape, cycles from a triangle to every node. The size and
    shape are drawn (so a failure shrinks to fewer nodes), the rest comes from one seed."""
    n = draw(st.integers(3, 300))
    shape = draw(st.sampled_from(["random", "path", "star", "caterpillar"]))
    length = draw(st.sampled_from([None, 3, n])) if shape != "star" else None
    cycle_first = draw(st.integers(0, 4)) == 4
    rnd = random.Random(draw(st.integers(0, 2**32)))
    return {"edges": _graph(n, shape, length, rnd, cycle_first=cycle_first)}


@st.composite
def _large(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = rnd.randint(300, 1000)
    return {"edges": _graph(n, rnd.choice(["random", "path"]), rnd.choice([None, n]), rnd)}


@st.composite
def _sometimes_large(draw: st.DrawFn) -> dict:
    if draw(st.integers(0, 9)) == 9:  # shrinks towards 0: a smaller graph
        return draw(_large())
    return draw(_shaped())


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.just({"edges": [[1, 2], [2, 3], [3, 1]]}),
        _small(),
        _cycle_with_tail(),
        _sometimes_large(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """A path-shaped tree on n nodes and a cycle through about a third of them, all its
    edges in the first 90% of the list: removing edges one by one from the back, or
    testing each new edge with a search, costs O(n) per edge."""
    return {"edges": _graph(n, "path", max(3, n // 3), rnd, cycle_first=True)}
