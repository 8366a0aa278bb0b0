import random

from hypothesis import strategies as st

MAX_NODES = 5000


class _Dummy:
    __slots__ = ("next",)

    def __init__(self) -> None:
        self.next = None


def merge_two_lists(a, b):
    head = _Dummy()
    tail = head
    while a is not None and b is not None:
        if a.val <= b.val:  # ties take a's node first: the merge is stable
            tail.next, a = a, a.next
        else:
            tail.next, b = b, b.next
        tail = tail.next
    tail.next = a if a is not None else b
    return head.next


def _sorted_lists(values: st.SearchStrategy[int], max_size: int) -> st.SearchStrategy[list]:
    return st.lists(values, max_size=max_size).map(sorted)


@st.composite
def _disjoint(draw: st.DrawFn) -> dict:
    """Every value of one list is smaller than every value of the other."""
    low = draw(_sorted_lists(st.integers(-50, 0), 20))
    high = draw(_sorted_lists(st.integers(1, 50), 20))
    return {"a": low, "b": high} if draw(st.booleans()) else {"a": high, "b": low}


@st.composite
def _large(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    span = draw(st.sampled_from([3, 20, 1000]))
    m, n = draw(st.integers(0, 1500)), draw(st.integers(0, 1500))
    return {"a": sorted(rnd.randint(-span, span) for _ in range(m)),
            "b": sorted(rnd.randint(-span, span) for _ in range(n))}


def inputs() -> st.SearchStrategy[dict]:
    ties = st.integers(-3, 3)  # a small range: many equal values inside and across lists
    wide = st.integers(-10**4, 10**4)
    return st.one_of(
        st.just({"a": [], "b": []}),
        _sorted_lists(st.one_of(ties, wide), 8).map(lambda x: {"a": x, "b": []}),
        _sorted_lists(st.one_of(ties, wide), 8).map(lambda x: {"a": [], "b": x}),
        st.tuples(ties, ties).map(lambda p: {"a": [p[0]], "b": [p[1]]}),
        st.tuples(_sorted_lists(ties, 30), _sorted_lists(ties, 30)).map(
            lambda p: {"a": p[0], "b": p[1]}),
        st.tuples(_sorted_lists(wide, 30), _sorted_lists(wide, 30)).map(
            lambda p: {"a": p[0], "b": p[1]}),
        _disjoint(),
        _large(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """n nodes in all, interleaved values so that the merge alternates between the lists."""
    values = sorted(rnd.randint(-100, 100) for _ in range(n))
    a, b = [], []
    for value in values:
        (a if rnd.random() < 0.5 else b).append(value)
    return {"a": a, "b": b}
