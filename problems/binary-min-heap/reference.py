import random

from hypothesis import strategies as st

VALUE = 10**9


class MinHeap:
    """A complete binary tree stored level by level in a list: the children of index i
    are 2i + 1 and 2i + 2, and every parent is at most each of its children."""

    def __init__(self) -> None:
        self._items: list[int] = []

    def push(self, val: int) -> None:
        items = self._items
        items.append(val)
        child = len(items) - 1
        while child > 0:  # sift up: swap with the parent while smaller than it
            parent = (child - 1) // 2
            if items[parent] <= val:
                break
            items[child] = items[parent]
            child = parent
        items[child] = val

    def pop(self) -> int:
        items = self._items
        smallest = items[0]
        last = items.pop()
        if items:  # the last leaf goes to the root and sifts down
            self._sift_down(last)
        return smallest

    def _sift_down(self, val: int) -> None:
        items = self._items
        size = len(items)
        parent = 0
        while True:
            child = 2 * parent + 1
            if child >= size:
                break
            if child + 1 < size and items[child + 1] < items[child]:
                child += 1  # the smaller of the two children
            if val <= items[child]:
                break
            items[parent] = items[child]
            parent = child
        items[parent] = val

    def peek(self) -> int:
        return self._items[0]

    def __len__(self) -> int:
        return len(self._items)


# -- generated call sequences -----------------------------------------------------------
# Small values, so that there are many duplicates and the heap order matters at every
# level; sometimes the whole range and its extremes. pop and peek only on a non-empty heap.
_VALUES = st.one_of(
    st.integers(-3, 3),
    st.integers(-20, 20),
    st.integers(-VALUE, VALUE),
    st.sampled_from([-VALUE, VALUE, 0]),
)


def operations() -> dict[str, st.SearchStrategy[dict]]:
    return {
        "push": st.fixed_dictionaries({"val": _VALUES}),
        "pop": st.just({}),
        "peek": st.just({}),
        "__len__": st.just({}),
    }


def precondition(model: MinHeap, name: str) -> bool:
    """pop and peek only when the heap is not empty."""
    return name in ("push", "__len__") or len(model) > 0


def sized(n: int, rnd: random.Random) -> dict:
    """About n calls: a descending run of pushes (each new value sifts up to the root), an
    ascending run, pushes of random duplicates, then pops interleaved with pushes, and a
    drain to empty with a peek before each pop, then a short refill. A heap that scans for
    its minimum does O(size) work on every pop."""
    calls: list = []
    quarter = max(1, n // 8)
    top = rnd.randint(0, 1000)
    values = [top - 3 * k for k in range(quarter)]  # descending
    values += [top + 3 * k for k in range(quarter)]  # ascending
    values += [rnd.randint(-50, 50) for _ in range(quarter)]  # duplicates
    for value in values:
        calls.append(["push", {"val": value}])
    size = len(values)
    for _ in range(quarter):
        calls.append(["pop", {}])
        calls.append(["push", {"val": rnd.randint(-VALUE, VALUE)}])
    for _ in range(size):
        calls.append(["peek", {}])
        calls.append(["pop", {}])
    calls.append(["__len__", {}])
    for _ in range(quarter // 4):
        calls.append(["push", {"val": rnd.randint(-VALUE, VALUE)}])
        calls.append(["peek", {}])
    return {"init": {}, "calls": calls}
