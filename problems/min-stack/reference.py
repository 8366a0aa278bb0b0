import random

from hypothesis import strategies as st

LOW, HIGH = -(2**31), 2**31 - 1


class MinStack:
    def __init__(self) -> None:
        # Each entry is (value, smallest value in the stack from the bottom up to here).
        self._items: list[tuple[int, int]] = []

    def push(self, val: int) -> None:
        smallest = val if not self._items else min(val, self._items[-1][1])
        self._items.append((val, smallest))

    def pop(self) -> None:
        self._items.pop()

    def top(self) -> int:
        return self._items[-1][0]

    def get_min(self) -> int:
        return self._items[-1][1]

    def __len__(self) -> int:
        return len(self._items)


# -- generators -------------------------------------------------------------------------


def operations() -> dict:
    values = st.one_of(
        st.integers(-3, 3),  # many equal values: repeated minimums pushed and popped
        st.integers(LOW, HIGH),
        st.sampled_from([LOW, HIGH, 0, -1]),
    )
    return {
        "push": st.fixed_dictionaries({"val": values}),
        "pop": st.just({}),
        "top": st.just({}),
        "get_min": st.just({}),
    }


def precondition(model: MinStack, name: str) -> bool:
    """pop, top and get_min only on a non-empty stack."""
    return name == "push" or len(model) > 0


def sized(n: int, rnd: random.Random) -> dict:
    """About n calls on a tall stack queried often: each push followed by get_min
    (a decreasing run, an increasing run, then duplicate-heavy values), then draining to
    empty with get_min and top before every pop, then a short refill."""
    calls: list[list] = []
    pushes = n // 5
    third = pushes // 3
    start = rnd.randrange(-(10**6), 10**6)
    values = [start - 3 * k for k in range(third)]  # decreasing: every push a new minimum
    values += [start + 3 * k for k in range(third)]  # increasing: the minimum stays
    bottom = start - 3 * third
    values += [bottom + rnd.randint(-5, 5) for _ in range(pushes - 2 * third)]  # duplicates
    for value in values:
        calls.append(["push", {"val": value}])
        calls.append(["get_min", {}])
    for _ in values:
        calls.append(["get_min", {}])
        calls.append(["top", {}])
        calls.append(["pop", {}])
    for value in values[: len(values) // 10]:
        calls.append(["push", {"val": -value}])
        calls.append(["get_min", {}])
    return {"init": {}, "calls": calls}
