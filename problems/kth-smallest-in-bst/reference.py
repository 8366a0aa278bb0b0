import random

from hypothesis import strategies as st

from trainer.problems.shapes import bst_from_order

VALUE = 10**9


def kth_smallest(root, k):
    stack = []
    node = root
    while True:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        k -= 1
        if k == 0:
            return node.val
        node = node.right


def _balanced_order(values: list[int]) -> list[int]:
    """The sorted values' middle first, then the middles of both halves, and so on: an
    insertion order that builds a perfectly balanced tree."""
    order, ranges = [], [(0, len(values))]
    while ranges:
        following = []
        for low, high in ranges:
            if low < high:
                mid = (low + high) // 2
                order.append(values[mid])
                following += [(low, mid), (mid + 1, high)]
        ranges = following
    return order


def _order(rnd: random.Random, n: int, kind: str) -> list[int]:
    span = rnd.choice([n, 5 * n, VALUE])
    values = sorted(rnd.sample(range(-span, span + 1), n))
    if kind == "sorted":
        return values
    if kind == "reversed":
        return values[::-1]
    if kind == "zigzag":
        return [values[i // 2] if i % 2 == 0 else values[-1 - i // 2] for i in range(n)]
    if kind == "balanced":
        return _balanced_order(values)
    if kind == "nearly sorted":
        values.reverse() if rnd.random() < 0.5 else None
        for _ in range(rnd.randint(1, 5)):
            i, j = rnd.randrange(n), rnd.randrange(n)
            values[i], values[j] = values[j], values[i]
        return values
    rnd.shuffle(values)
    return values


@st.composite
def _case(draw: st.DrawFn, most: int, kinds: tuple[str, ...]) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = draw(st.integers(1, most))
    tree = bst_from_order(_order(rnd, n, draw(st.sampled_from(kinds))))
    k = draw(st.one_of(st.just(1), st.just(n), st.just(max(1, n - 1)), st.just(min(2, n)),
                       st.integers(1, n)))
    return {"root": tree, "k": k}


def inputs() -> st.SearchStrategy[dict]:
    shapes = ("random", "random", "balanced", "sorted", "reversed", "zigzag", "nearly sorted")
    return st.one_of(
        st.integers(-VALUE, VALUE).map(lambda v: {"root": [v], "k": 1}),
        _case(4, shapes),
        _case(15, shapes),
        _case(15, shapes),
        _case(300, shapes),
        _case(500, ("random", "balanced")),
        st.one_of(_case(5000, ("sorted", "reversed", "zigzag")), _case(15, shapes),
                  _case(300, shapes)),  # now and then a path thousands deep
    )


def sized(n: int, rnd: random.Random) -> dict:
    """A perfectly balanced tree and k = 1: the answer is log n steps away, and listing
    every value first visits all n nodes."""
    values = sorted(rnd.sample(range(-VALUE, VALUE), n))
    return {"root": bst_from_order(_balanced_order(values)), "k": 1}
