import random

from hypothesis import strategies as st

from trainer.problems.shapes import integers

VALUE = 10**9


def reorder_list(head):
    """Split at the middle, reverse the second half, then interleave the two halves."""
    if head is None or head.next is None:
        return None
    slow = fast = head
    while fast.next is not None and fast.next.next is not None:
        slow = slow.next
        fast = fast.next.next
    second, slow.next = slow.next, None  # the first half keeps the middle node
    prev = None
    while second is not None:
        second.next, prev, second = prev, second, second.next
    first, second = head, prev
    while second is not None:  # the second half is never longer than the first
        after_first, after_second = first.next, second.next
        first.next = second
        second.next = after_first
        first, second = after_first, after_second
    return None


def _values() -> st.SearchStrategy[int]:
    return st.one_of(
        st.integers(-3, 3),  # duplicates: only the nodes' identities tell them apart
        st.integers(-VALUE, VALUE),
        st.sampled_from([-VALUE, VALUE, 0]),
    )


@st.composite
def _large(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = draw(st.integers(100, 2000))
    low = draw(st.sampled_from([3, VALUE]))
    return {"head": integers(rnd, n, -low, low)}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.just({"head": []}),
        st.lists(_values(), min_size=1, max_size=3).map(lambda v: {"head": v}),  # 1, 2, 3
        st.lists(st.sampled_from([4, 4, -4]), min_size=2, max_size=9).map(
            lambda v: {"head": v}),  # (nearly) all equal
        st.lists(_values(), min_size=4, max_size=12).map(lambda v: {"head": v}),
        st.lists(_values(), max_size=80).map(lambda v: {"head": v}),
        _large(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    return {"head": integers(rnd, n, -VALUE, VALUE)}
