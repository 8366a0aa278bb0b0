import random

from hypothesis import strategies as st

from trainer.problems.shapes import bst_from_order

VALUE = 10**9
REPEATS = 16  # iterators built one after another in a timed sequence


class BSTIterator:
    """A stack of the nodes whose values are still to come and whose left subtrees are
    done: the path of left children from the next node up. next pops the top node and
    pushes the left path of its right subtree. Every node is pushed and popped once:
    O(1) amortized per call, O(h) memory."""

    def __init__(self, root) -> None:
        self._stack = []
        self._push_left(root)

    def _push_left(self, node) -> None:
        while node is not None:
            self._stack.append(node)
            node = node.left

    def next(self) -> int:
        node = self._stack.pop()
        self._push_left(node.right)
        return node.val

    def has_next(self) -> bool:
        return bool(self._stack)


def precondition(model: BSTIterator, name: str) -> bool:
    """next only while has_next() is True."""
    return name == "has_next" or model.has_next()


# -- generated call sequences -----------------------------------------------------------
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
    if kind == "sorted":  # a chain of right children
        return values
    if kind == "reversed":  # a chain of left children
        return values[::-1]
    if kind == "zigzag":
        return [values[i // 2] if i % 2 == 0 else values[-1 - i // 2] for i in range(n)]
    if kind == "balanced":
        return _balanced_order(values)
    rnd.shuffle(values)
    return values


@st.composite
def _tree(draw: st.DrawFn, most: int) -> dict:
    n = draw(st.integers(1, most))
    kind = draw(st.sampled_from(["random", "random", "balanced", "sorted", "reversed",
                                 "zigzag"]))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    return {"root": bst_from_order(_order(rnd, n, kind))}


def init() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.just({"root": []}),
        st.integers(-VALUE, VALUE).map(lambda v: {"root": [v]}),
        _tree(4), _tree(8), _tree(20), _tree(200),
    )


def operations() -> dict[str, st.SearchStrategy[dict]]:
    return {"next": st.just({}), "has_next": st.just({})}


def sized(n: int, rnd: random.Random) -> dict:
    """16 iterators, each over its own perfectly balanced tree of n nodes, each asked for
    its first value only: O(log n) work each for a stack of the left path, O(n) for one
    that lists the whole tree first."""
    calls: list = []
    init = None
    for _ in range(REPEATS):
        values = sorted(rnd.sample(range(-VALUE, VALUE), n))
        args = {"root": bst_from_order(_balanced_order(values))}
        if init is None:
            init = args
        else:
            calls.append(["__init__", args])
        calls.append(["has_next", {}])
        calls.append(["next", {}])
    return {"init": init, "calls": calls}
