import random

from hypothesis import strategies as st

from trainer.problems.shapes import integers

VALUE = 10**9


class _Dummy:
    __slots__ = ("next",)

    def __init__(self, next) -> None:
        self.next = next


def remove_nth_from_end(head, n):
    """Two pointers n nodes apart, starting from a node in front of the head, so that
    removing the head itself is no special case."""
    front = _Dummy(head)
    lead = back = front
    for _ in range(n):
        lead = lead.next
    while lead.next is not None:
        lead = lead.next
        back = back.next
    back.next = back.next.next  # back is just before the n-th node from the end
    return front.next


def _values() -> st.SearchStrategy[int]:
    return st.one_of(st.integers(-3, 3), st.integers(-VALUE, VALUE),
                     st.sampled_from([-VALUE, VALUE, 0]))


@st.composite
def _case(draw: st.DrawFn, values: st.SearchStrategy[list[int]]) -> dict:
    head = draw(values)
    which = draw(st.integers(0, 3))
    if which == 0:
        n = len(head)  # the head itself
    elif which == 1:
        n = 1  # the tail
    else:
        n = draw(st.integers(1, len(head)))
    return {"head": head, "n": n}


@st.composite
def _large(draw: st.DrawFn) -> list[int]:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    return integers(rnd, draw(st.integers(100, 2000)), -VALUE, VALUE)


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        _values().map(lambda v: {"head": [v], "n": 1}),  # one node: the answer is empty
        _case(st.lists(_values(), min_size=2, max_size=3)),
        _case(st.lists(st.sampled_from([5, 5, -5]), min_size=2, max_size=8)),  # duplicates
        _case(st.lists(_values(), min_size=1, max_size=60)),
        _case(_large()),
    )


def sized(n: int, rnd: random.Random) -> dict:
    return {"head": integers(rnd, n, -VALUE, VALUE), "n": rnd.randint(1, n)}
