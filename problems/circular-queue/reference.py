import random

from hypothesis import strategies as st

MAX_VALUE = 10**9
MAX_CAPACITY = 1000


class CircularQueue:
    """A list of `capacity` slots, the index of the oldest value and the number of values
    held: the newest value sits `size - 1` slots after the oldest, wrapping around."""

    def __init__(self, capacity: int) -> None:
        self._slots = [0] * capacity
        self._head = 0  # index of the oldest value
        self._size = 0

    def enqueue(self, value: int) -> bool:
        if self._size == len(self._slots):
            return False
        self._slots[(self._head + self._size) % len(self._slots)] = value
        self._size += 1
        return True

    def dequeue(self) -> bool:
        if self._size == 0:
            return False
        self._head = (self._head + 1) % len(self._slots)
        self._size -= 1
        return True

    def front(self) -> int:
        return self._slots[self._head] if self._size else -1

    def rear(self) -> int:
        if not self._size:
            return -1
        return self._slots[(self._head + self._size - 1) % len(self._slots)]

    def is_empty(self) -> bool:
        return self._size == 0

    def is_full(self) -> bool:
        return self._size == len(self._slots)


# -- generated call sequences -----------------------------------------------------------
# Capacities are mostly tiny, so that a sequence of a few dozen calls fills the queue,
# is refused at the full queue, drains it past empty and wraps the storage several times.
@st.composite
def _capacity(draw: st.DrawFn) -> int:
    kind = draw(st.integers(0, 9))
    if kind < 2:
        return 1
    if kind < 7:
        return draw(st.integers(2, 4))
    if kind < 9:
        return draw(st.integers(5, 10))
    return draw(st.integers(11, MAX_CAPACITY))


def init() -> st.SearchStrategy[dict]:
    return _capacity().map(lambda c: {"capacity": c})


# Value 0 on its own as well: a queue that tests `if value` or returns 0 for "empty"
# mixes it up with -1 or with an empty slot.
VALUES = st.one_of(st.just(0), st.integers(0, 5), st.integers(0, MAX_VALUE),
                   st.just(MAX_VALUE))


def operations() -> dict[str, st.SearchStrategy[dict]]:
    return {
        "enqueue": st.fixed_dictionaries({"value": VALUES}),
        "dequeue": st.just({}),
        "front": st.just({}),
        "rear": st.just({}),
        "is_empty": st.just({}),
        "is_full": st.just({}),
    }


def sized(n: int, rnd: random.Random) -> dict:
    """Capacity n, filled, then 8n calls that keep it nearly full: each round dequeues
    one value and enqueues one (checking front and rear), with a refused enqueue on the
    full queue now and then; it drains to empty and refills twice. Shifting the stored
    values on every dequeue costs O(n) each time."""
    capacity = max(1, min(MAX_CAPACITY, n))
    calls: list = []
    size = 0

    def enqueue() -> None:
        nonlocal size
        calls.append(["enqueue", {"value": rnd.randint(0, MAX_VALUE)}])
        size = min(capacity, size + 1)

    for _ in range(capacity):
        enqueue()
    for round_ in range(2 * capacity):
        if round_ in (capacity // 2, 3 * capacity // 2):  # drain to empty, then refill
            while size:
                calls.append(["dequeue", {}])
                size -= 1
            calls.append(["dequeue", {}])
            calls.append(["front", {}])
            for _ in range(capacity):
                enqueue()
        calls.append(["dequeue", {}])
        size -= 1
        enqueue()
        calls.append(["front", {}])
        calls.append(["rear", {}])
        if round_ % 8 == 0:
            calls.append(["is_full", {}])
            calls.append(["enqueue", {"value": rnd.randint(0, MAX_VALUE)}])  # refused
    return {"init": {"capacity": capacity}, "calls": calls}
