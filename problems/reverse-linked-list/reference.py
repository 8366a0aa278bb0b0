import random

from hypothesis import strategies as st

from trainer.problems.shapes import integers

VALUE = 10**9


def reverse_list(head):
    prev = None
    cur = head
    while cur is not None:
        nxt = cur.next
        cur.next = prev
        prev = cur
        cur = nxt
    return prev


def _values(draw: st.DrawFn, n: int, small: bool) -> list[int]:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    if small:
        return integers(rnd, n, -3, 3)
    return integers(rnd, n, -VALUE, VALUE)


def _random_list() -> st.SearchStrategy[dict]:
    values = st.one_of(
        st.integers(-VALUE, VALUE),
        st.integers(-3, 3),  # duplicates: only node identity tells the nodes apart
        st.sampled_from([-VALUE, VALUE, 0]),
    )
    return st.lists(values, max_size=60).map(lambda head: {"head": head})


@st.composite
def _large(draw: st.DrawFn) -> dict:
    n = draw(st.integers(100, 2000))
    return {"head": _values(draw, n, small=draw(st.booleans()))}


def inputs() -> st.SearchStrategy[dict]:
    tiny = st.lists(st.integers(-VALUE, VALUE), max_size=3)  # empty, one, two, three nodes
    return st.one_of(
        st.just({"head": []}),
        tiny.map(lambda values: {"head": values}),
        st.lists(st.sampled_from([5, 5, -5]), min_size=2, max_size=8).map(
            lambda values: {"head": values}),  # all or nearly all equal
        _random_list(),
        _large(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    return {"head": integers(rnd, n, -VALUE, VALUE)}
