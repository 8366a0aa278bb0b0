import random

from hypothesis import strategies as st


def count_components(n: int, edges: list[list[int]]) -> int:
    parent = list(range(n))
    size = [1] * n
    components = n
    for a, b in edges:
        while parent[a] != a:  # path halving
            parent[a] = parent[parent[a]]
            a = parent[a]
        while parent[b] != b:
            parent[b] = parent[parent[b]]
            b = parent[b]
        if a == b:
            continue
        if size[a] < size[b]:
            a, b = b, a
        parent[b] = a  # the smaller tree goes under the larger
        size[a] += size[b]
        components -= 1
    return components


def baseline(n: int, edges: list[list[int]]) -> int:
    """A graph search from every unvisited node, O(n + E).

    As right as union-find, and the way most learners write it, but building adjacency
    lists costs several times the union-find's time in Python, growing with the graph: a
    solution is timed against this, the slowest approach the problem accepts."""
    graph: dict[int, list[int]] = {}
    for a, b in edges:
        graph.setdefault(a, []).append(b)
        graph.setdefault(b, []).append(a)
    seen: set[int] = set()
    count = 0
    for node in range(n):
        if node in seen:
            continue
        count += 1
        seen.add(node)
        stack = [node]
        while stack:
            for other in graph.get(stack.pop(), ()):
                if other not in seen:
                    seen.add(other)
                    stack.append(other)
    return count


# -- graph shapes -----------------------------------------------------------------------
def _tree_edges(nodes: list[int], rnd: random.Random) -> list[list[int]]:
    """A random spanning tree of the given nodes."""
    return [[nodes[i], nodes[rnd.randrange(i)]] for i in range(1, len(nodes))]


def _orient(edges: list[list[int]], rnd: random.Random) -> list[list[int]]:
    return [[b, a] if rnd.random() < 0.5 else [a, b] for a, b in edges]


def components_graph(n: int, groups: int, extra: int, rnd: random.Random) -> dict:
    """n nodes split into `groups` connected parts (trees plus `extra` more edges inside the
    parts, some repeated), labels and edge order shuffled."""
    labels = list(range(n))
    rnd.shuffle(labels)
    cuts = sorted(rnd.sample(range(1, n), min(groups, n) - 1)) if groups > 1 else []
    parts = [labels[i:j] for i, j in zip([0, *cuts], [*cuts, n])]
    edges: list[list[int]] = []
    for part in parts:
        edges += _tree_edges(part, rnd)
    big = [part for part in parts if len(part) > 1]
    for _ in range(extra if big else 0):
        part = rnd.choice(big)
        a, b = rnd.sample(part, 2)
        edges.append([a, b])
    if edges and rnd.random() < 0.5:
        edges += rnd.sample(edges, min(len(edges), rnd.randint(1, 5)))  # repeated edges
    rnd.shuffle(edges)
    return {"n": n, "edges": _orient(edges, rnd)}


def path_graph(n: int, rnd: random.Random) -> dict:
    order = list(range(n))
    rnd.shuffle(order)
    edges = [[order[i], order[i + 1]] for i in range(n - 1)]
    if rnd.random() < 0.5:
        rnd.shuffle(edges)
    return {"n": n, "edges": _orient(edges, rnd)}


@st.composite
def _random_graph(draw: st.DrawFn, max_n: int) -> dict:
    n = draw(st.integers(1, max_n))
    possible = [[a, b] for a in range(n) for b in range(a + 1, n)] if n <= 40 else None
    rnd = random.Random(draw(st.integers(0, 2**32)))
    if possible is not None and draw(st.booleans()):  # each pair joined with probability p
        p = draw(st.sampled_from([0.05, 0.2, 0.7]))
        edges = [e for e in possible if rnd.random() < p]
        return {"n": n, "edges": _orient(edges, rnd)}
    groups = draw(st.integers(1, n))
    return components_graph(n, groups, draw(st.integers(0, 2 * n)), rnd)


@st.composite
def _edge_list(draw: st.DrawFn) -> dict:
    """Small hand-shrinkable graphs: any edges, repeats allowed, no self-loops."""
    n = draw(st.integers(1, 8))
    if n == 1:
        return {"n": 1, "edges": []}
    pair = st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(
        lambda p: p[0] != p[1]).map(list)
    return {"n": n, "edges": draw(st.lists(pair, max_size=12))}


@st.composite
def _shaped(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    kind = draw(st.sampled_from(["isolated", "path", "many-small", "few-large", "dense"]))
    if kind == "isolated":
        return {"n": draw(st.integers(1, 1000)), "edges": []}
    if kind == "path":
        return path_graph(draw(st.integers(1, 300)), rnd)
    if kind == "many-small":  # components of 1-4 nodes
        n = draw(st.integers(1, 1000))
        return components_graph(n, max(1, n // rnd.randint(1, 4)), n // 3, rnd)
    if kind == "few-large":
        n = draw(st.integers(2, 300))
        return components_graph(n, draw(st.integers(1, 4)), n, rnd)
    n = draw(st.integers(2, 30))  # dense: most pairs joined, some twice
    edges = [[a, b] for a in range(n) for b in range(a + 1, n) if rnd.random() < 0.8]
    edges += rnd.sample(edges, len(edges) // 4) if edges else []
    rnd.shuffle(edges)
    return {"n": n, "edges": _orient(edges, rnd)}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.just({"n": 1, "edges": []}),
        _edge_list(),
        _random_graph(40),
        _random_graph(300),
        _shaped(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """Three large components of n/3 nodes, about 1.5n edges. One part is joined by edges
    that all share one hub node, listed as (hub, x), one by (x, hub), one at random:
    linking roots without balancing builds a long chain in one way or the other."""
    labels = list(range(n))
    rnd.shuffle(labels)
    third = n // 3
    star_a, star_b, rest = labels[:third], labels[third:2 * third], labels[2 * third:]
    edges = [[star_a[0], x] for x in star_a[1:]]
    edges += [[x, star_b[0]] for x in star_b[1:]]
    edges += _tree_edges(rest, rnd)
    for _ in range(n // 2):
        part = rnd.choice((star_a, star_b, rest))
        if len(part) > 1:
            edges.append(rnd.sample(part, 2))
    return {"n": n, "edges": edges}
