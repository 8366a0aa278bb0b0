import random

from hypothesis import strategies as st

from trainer.problems.shapes import integers

VALUE = 10**9


def has_cycle(head) -> bool:
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            return True
    return False


def _list(values: list[int], cycle_to: int | None) -> dict:
    return {"head": {"values": values, "cycle_to": cycle_to}}


@st.composite
def _small(draw: st.DrawFn) -> dict:
    """Up to 40 nodes; half the time the tail links back to any node, itself included."""
    values = draw(st.lists(st.one_of(st.integers(-2, 2), st.integers(-VALUE, VALUE)),
                           max_size=40))
    cycle_to = None
    if values and draw(st.booleans()):
        cycle_to = draw(st.one_of(st.just(0), st.just(len(values) - 1),
                                  st.integers(0, len(values) - 1)))
    return _list(values, cycle_to)


@st.composite
def _repeated(draw: st.DrawFn) -> dict:
    """Every value the same, or a short pattern repeated: a value seen twice proves nothing."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    pattern = [rnd.randint(-3, 3) for _ in range(draw(st.integers(1, 3)))]
    n = draw(st.integers(2, 300))
    values = (pattern * n)[:n]
    return _list(values, draw(st.one_of(st.none(), st.integers(0, n - 1))))


@st.composite
def _large(draw: st.DrawFn) -> dict:
    n = draw(st.integers(100, 3000))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    return sized(n, rnd)


@st.composite
def _long(draw: st.DrawFn) -> dict:
    """Longer than a guess like "10,000 steps without reaching None means a cycle"."""
    n = draw(st.integers(10_001, 12_000))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    values = integers(rnd, n, 0, 9)
    return _list(values, draw(st.sampled_from([None, None, 0, n - 1])))


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.just(_list([], None)),
        st.integers(-VALUE, VALUE).map(lambda v: _list([v], None)),
        st.integers(-VALUE, VALUE).map(lambda v: _list([v], 0)),  # a node pointing to itself
        st.tuples(st.integers(-2, 2), st.integers(-2, 2), st.sampled_from([None, 0, 1])).map(
            lambda t: _list([t[0], t[1]], t[2])),
        _small(),
        _repeated(),
        st.one_of(_large(), _long()),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """n nodes with few distinct values; a cycle (back to the head, the middle, or the
    tail itself) or none, so that the walk covers the whole list."""
    values = integers(rnd, n, 0, 9)
    return _list(values, rnd.choice([None, None, 0, n // 2, n - 1]))
