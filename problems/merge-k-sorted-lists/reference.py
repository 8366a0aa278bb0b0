import heapq
import random

from hypothesis import strategies as st

from trainer.problems.shapes import integers

VALUE = 10**4


class _Dummy:
    __slots__ = ("next",)

    def __init__(self) -> None:
        self.next = None


def merge_k_lists(lists):
    """A min-heap of the lists' fronts, as (value, list index, node): the index breaks
    ties, so two nodes are never compared."""
    heap = [(node.val, index, node) for index, node in enumerate(lists) if node is not None]
    heapq.heapify(heap)
    head = tail = _Dummy()
    while heap:
        _, index, node = heap[0]
        tail.next = tail = node
        if node.next is not None:
            heapq.heapreplace(heap, (node.next.val, index, node.next))
        else:
            heapq.heappop(heap)
    tail.next = None
    return head.next


def _sorted(rnd: random.Random, n: int, low: int, high: int) -> list[int]:
    return sorted(integers(rnd, n, low, high))


@st.composite
def _many(draw: st.DrawFn) -> dict:
    """Random lists: counts, lengths and value spans from one drawn seed, empty lists
    mixed in at a chosen rate."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    k = draw(st.sampled_from([1, 2, 3, 5, 10, 40, 150]))
    longest = min(draw(st.sampled_from([1, 3, 10, 50])), max(1, 800 // k))
    span = draw(st.sampled_from([0, 2, 50, VALUE]))
    empty = draw(st.sampled_from([0.0, 0.3, 0.8]))
    return {"lists": [[] if rnd.random() < empty
                      else _sorted(rnd, rnd.randint(1, longest), -span, span)
                      for _ in range(k)]}


@st.composite
def _one_long_many_short(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    span = draw(st.sampled_from([3, 100, VALUE]))
    lists = [_sorted(rnd, rnd.randint(0, 2), -span, span) for _ in range(draw(st.integers(2, 200)))]
    lists.insert(rnd.randrange(len(lists) + 1), _sorted(rnd, draw(st.integers(50, 500)), -span, span))
    return {"lists": lists}


@st.composite
def _disjoint_ranges(draw: st.DrawFn) -> dict:
    """Each list holds its own band of values, the bands in a shuffled order."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    k = draw(st.integers(2, 30))
    lists = [_sorted(rnd, rnd.randint(1, 8), 100 * i, 100 * i + 99) for i in range(k)]
    rnd.shuffle(lists)
    return {"lists": lists}


def inputs() -> st.SearchStrategy[dict]:
    small = st.lists(st.integers(-3, 3), max_size=5).map(sorted)
    wide = st.lists(st.integers(-VALUE, VALUE), max_size=6).map(sorted)
    return st.one_of(
        st.just({"lists": []}),
        st.integers(1, 6).map(lambda k: {"lists": [[]] * k}),  # all empty
        st.lists(small, max_size=6).map(lambda lists: {"lists": lists}),  # many ties
        st.lists(st.one_of(small, wide), min_size=1, max_size=8).map(
            lambda lists: {"lists": lists}),
        st.lists(st.just([7, 7]), min_size=2, max_size=5).map(
            lambda lists: {"lists": lists}),  # all values equal
        st.lists(st.sampled_from([[-VALUE], [VALUE], [-VALUE, VALUE], []]), min_size=1,
                 max_size=6).map(lambda lists: {"lists": lists}),  # the extremes
        _many(),
        _many(),
        _one_long_many_short(),
        _disjoint_ranges(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """n nodes as n / 10 lists of 10: scanning every front per node is O(n^2 / 10)."""
    return {"lists": [_sorted(rnd, 10, -VALUE, VALUE) for _ in range(max(1, n // 10))]}
