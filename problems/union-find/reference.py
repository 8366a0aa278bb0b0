import random

from hypothesis import strategies as st


class UnionFind:
    """Union by size and path halving: each call takes O(alpha(n)) amortized time."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.sizes = [1] * n
        self.sets = n

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # skip a level on the way up
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> bool:
        a, b = self.find(a), self.find(b)
        if a == b:
            return False
        if self.sizes[a] < self.sizes[b]:
            a, b = b, a
        self.parent[b] = a  # the smaller tree goes under the larger root
        self.sizes[a] += self.sizes[b]
        self.sets -= 1
        return True

    def connected(self, a: int, b: int) -> bool:
        return self.find(a) == self.find(b)

    def count(self) -> int:
        return self.sets

    def size(self, x: int) -> int:
        return self.sizes[self.find(x)]


def check_find(model: UnionFind, args: dict, got: int, memo: dict) -> str | None:
    """find may return any member of x's set, but the same one for every member of that
    set until the next successful union (a union that merged two sets)."""
    x = args["x"]
    n = len(model.parent)
    if not 0 <= got < n:
        return f"find({x}) returned {got}, which is not an element (0..{n - 1})"
    root = model.find(x)
    if model.find(got) != root:
        return f"find({x}) returned {got}, which is not in the same set as {x}"
    if memo.get("sets") != model.count():  # a successful union since: start afresh
        memo.clear()
        memo["sets"] = model.count()
    earlier = memo.setdefault("answers", {}).get(root)
    if earlier is not None and earlier[1] != got:
        return (f"find({x}) returned {got}, but find({earlier[0]}) returned {earlier[1]} for "
                f"the same set with no successful union in between")
    memo["answers"][root] = (x, got)
    return None


# -- generated call sequences -----------------------------------------------------------
# The call arguments cannot depend on n, so every n is at least ELEMENTS and the calls use
# elements 0..ELEMENTS-1 (mostly 0..3, so that sets merge quickly); larger n add elements
# that stay alone, which count() must include.
ELEMENTS = 6


@st.composite
def _n(draw: st.DrawFn) -> int:
    kind = draw(st.integers(0, 9))
    if kind < 7:
        return draw(st.integers(ELEMENTS, ELEMENTS + 2))
    if kind < 9:
        return draw(st.integers(ELEMENTS, 100))
    return draw(st.integers(ELEMENTS, 10**5))


def init() -> st.SearchStrategy[dict]:
    return _n().map(lambda n: {"n": n})


ELEMENT = st.one_of(st.integers(0, 3), st.integers(0, ELEMENTS - 1))


def operations() -> dict[str, st.SearchStrategy[dict]]:
    pair = st.fixed_dictionaries({"a": ELEMENT, "b": ELEMENT})
    same = ELEMENT.map(lambda a: {"a": a, "b": a})  # self-union and self-connected
    one = st.fixed_dictionaries({"x": ELEMENT})
    return {
        "union": st.one_of(pair, pair, same),
        "find": one,
        "connected": st.one_of(pair, same),
        "count": st.just({}),
        "size": one,
    }


def sized(n: int, rnd: random.Random) -> dict:
    """Two chains of n/2 elements each, made by union(i, i + 1) in one half and by
    union(i + 1, i) in the other (linking roots without balancing builds a path one way
    or the other), then n queries spread over both chains."""
    half = n // 2
    calls: list = []
    for i in range(half - 1):
        calls.append(["union", {"a": i, "b": i + 1}])
    for i in range(half, n - 1):
        calls.append(["union", {"a": i + 1, "b": i}])
    for _ in range(n):
        x, y = rnd.randrange(n), rnd.randrange(n)
        kind = rnd.random()
        if kind < 0.3:
            calls.append(["find", {"x": x}])
        elif kind < 0.6:
            calls.append(["connected", {"a": x, "b": y}])
        elif kind < 0.8:
            calls.append(["size", {"x": x}])
        elif kind < 0.95:
            calls.append(["union", {"a": x, "b": y}])
        else:
            calls.append(["count", {}])
    return {"init": {"n": n}, "calls": calls}
