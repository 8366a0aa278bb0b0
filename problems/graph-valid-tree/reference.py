import random

from hypothesis import strategies as st


def valid_tree(n: int, edges: list[list[int]]) -> bool:
    if len(edges) != n - 1:
        return False
    # n - 1 edges: a tree exactly when every node is reached from node 0
    neighbours: list[list[int]] = [[] for _ in range(n)]
    for a, b in edges:
        neighbours[a].append(b)
        neighbours[b].append(a)
    seen = [False] * n
    seen[0] = True
    stack = [0]
    reached = 1
    while stack:
        node = stack.pop()
        for other in neighbours[node]:
            if not seen[other]:
                seen[other] = True
                reached += 1
                stack.append(other)
    return reached == n


# -- graph shapes -----------------------------------------------------------------------
def _tree_edges(nodes: list[int], rnd: random.Random, path: bool = False) -> list[list[int]]:
    """A random spanning tree of the given nodes (a path through them with `path`)."""
    return [[nodes[i], nodes[i - 1] if path else nodes[rnd.randrange(i)]]
            for i in range(1, len(nodes))]


def _finish(n: int, edges: list[list[int]], rnd: random.Random) -> dict:
    """Shuffled labels, edge order and orientations."""
    labels = list(range(n))
    rnd.shuffle(labels)
    edges = [[labels[a], labels[b]] if rnd.random() < 0.5 else [labels[b], labels[a]]
             for a, b in edges]
    rnd.shuffle(edges)
    return {"n": n, "edges": edges}


def _missing_pair(n: int, edges: list[list[int]], rnd: random.Random) -> list[int] | None:
    """Two nodes not yet joined, or None when every pair is."""
    present = {frozenset(e) for e in edges}
    if len(present) == n * (n - 1) // 2:
        return None
    while True:
        a, b = rnd.sample(range(n), 2)
        if frozenset((a, b)) not in present:
            return [a, b]


@st.composite
def _shaped(draw: st.DrawFn, max_n: int) -> dict:
    n = draw(st.integers(2, max_n))
    kind = draw(st.sampled_from(
        ["tree", "path", "star", "tree+1", "cycle+cut", "forest", "forest+extra"]))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    nodes = list(range(n))
    if kind in ("tree", "path", "tree+1"):
        edges = _tree_edges(nodes, rnd, path=kind == "path")
        if kind == "tree+1":
            extra = _missing_pair(n, edges, rnd)
            edges += [extra] if extra else []
    elif kind == "star":
        edges = [[0, x] for x in range(1, n)]
    elif kind == "cycle+cut":
        # n - 1 edges: a tree on n - k nodes, k >= 1 nodes cut off in their own trees, and
        # the k edges saved spent on cycles inside the big part
        k = rnd.randint(1, max(1, min(n - 3, 5))) if n >= 4 else 1
        big, rest = nodes[:n - k], nodes[n - k:]
        edges = _tree_edges(big, rnd) + _tree_edges(rest, rnd)
        for _ in range(n - 1 - len(edges)):
            extra = _missing_pair(len(big), edges, rnd)
            if extra is None:
                break
            edges.append(extra)
    else:
        # a forest: cut a tree into parts, maybe with one cycle added in one of them
        edges = _tree_edges(nodes, rnd)
        rnd.shuffle(edges)
        edges = edges[rnd.randint(1, len(edges)):]
        if kind == "forest+extra":
            extra = _missing_pair(n, edges, rnd)
            edges += [extra] if extra else []
    return _finish(n, edges, rnd)


@st.composite
def _small(draw: st.DrawFn) -> dict:
    """Any simple graph on a few nodes, edge by edge, so failures shrink well."""
    n = draw(st.integers(1, 6))
    pairs = [[a, b] for a in range(n) for b in range(a + 1, n)]
    edges = draw(st.lists(st.sampled_from(pairs), unique_by=lambda e: tuple(e), max_size=8)
                 if pairs else st.just([]))
    return {"n": n, "edges": edges}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.just({"n": 1, "edges": []}),
        st.just({"n": 2, "edges": []}),
        st.builds(lambda n: {"n": n, "edges": []}, st.integers(1, 50)),
        _small(),
        _shaped(8),
        _shaped(60),
        _shaped(2000),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """A path through all n nodes, listed from one end: a tree, so nothing stops early, and
    each edge joins the longest part built so far."""
    order = list(range(n))
    rnd.shuffle(order)
    edges = [[order[i], order[i + 1]] if rnd.random() < 0.5 else [order[i + 1], order[i]]
             for i in range(n - 1)]
    return {"n": n, "edges": edges}
