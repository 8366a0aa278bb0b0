import heapq
import random

from hypothesis import strategies as st

LIMIT = 10**5
TOLERANCE = 1e-6


class MedianFinder:
    """Two heaps: `low` holds the smaller half of the numbers (negated, so that heapq's
    min-heap gives their largest), `high` the larger half. `low` has as many numbers as
    `high` or one more, so the median is the top of `low` or the mean of both tops."""

    def __init__(self) -> None:
        self._low: list[int] = []  # negated
        self._high: list[int] = []

    def add_num(self, num: int) -> None:
        if self._low and num > -self._low[0]:
            heapq.heappush(self._high, num)
        else:
            heapq.heappush(self._low, -num)
        if len(self._low) > len(self._high) + 1:
            heapq.heappush(self._high, -heapq.heappop(self._low))
        elif len(self._high) > len(self._low):
            heapq.heappush(self._low, -heapq.heappop(self._high))

    def find_median(self) -> float:
        if len(self._low) > len(self._high):
            return float(-self._low[0])
        return (-self._low[0] + self._high[0]) / 2

    def __len__(self) -> int:
        return len(self._low) + len(self._high)


def precondition(model: MedianFinder, name: str) -> bool:
    """find_median only once a number was added."""
    return name == "add_num" or len(model) > 0


def check_find_median(model: MedianFinder, args: dict, got: float, memo: dict) -> str | None:
    expected = model.find_median()
    if abs(got - expected) <= TOLERANCE:
        return None
    return f"expected {expected}, got {got}: not the median of the {len(model)} numbers added"


# -- generated call sequences -----------------------------------------------------------
# A method's arguments cannot see the calls before it, so the shape of the stream comes
# from the constructor's draw, kept here, and each add_num's draw moves along it: an
# ascending or a descending stream, values that alternate between the two extremes, or
# free values (often from a tiny range, so many duplicates).
_stream = {"shape": "free", "now": 0, "turn": 0}


def _start(shape: str, now: int) -> dict:
    _stream.update(shape=shape, now=now, turn=0)
    return {}


def init() -> st.SearchStrategy[dict]:
    return st.builds(_start, st.sampled_from(["free", "free", "up", "down", "extremes"]),
                     st.one_of(st.just(0), st.integers(-LIMIT, LIMIT)))


def _add(step: int, free: int) -> dict:
    shape = _stream["shape"]
    if shape == "up":
        _stream["now"] = min(LIMIT, _stream["now"] + step)
        return {"num": _stream["now"]}
    if shape == "down":
        _stream["now"] = max(-LIMIT, _stream["now"] - step)
        return {"num": _stream["now"]}
    if shape == "extremes":
        _stream["turn"] += 1
        side = LIMIT if _stream["turn"] % 2 else -LIMIT
        return {"num": side - step if side > 0 else side + step}
    return {"num": free}


VALUES = st.one_of(st.integers(-2, 2), st.integers(-LIMIT, LIMIT), st.sampled_from([-LIMIT, LIMIT]))


def operations() -> dict[str, st.SearchStrategy[dict]]:
    return {
        "add_num": st.builds(_add, st.one_of(st.just(0), st.integers(0, 3), st.integers(0, 1000)),
                             VALUES),
        "find_median": st.just({}),
    }


def sized(n: int, rnd: random.Random) -> dict:
    """n adds, each followed by find_median: a third ascending, a third descending (both
    with duplicates), a third random over the whole range. Sorting the numbers, or
    scanning them, at each find_median is O(n) or more per call."""
    calls: list = []
    third = n // 3
    now = rnd.randint(-LIMIT // 2, 0)
    values = []
    for _ in range(third):
        now = min(LIMIT, now + rnd.randint(0, 3))
        values.append(now)
    for _ in range(third):
        now = max(-LIMIT, now - rnd.randint(0, 3))
        values.append(now)
    values += [rnd.randint(-LIMIT, LIMIT) for _ in range(n - 2 * third)]
    for value in values:
        calls.append(["add_num", {"num": value}])
        calls.append(["find_median", {}])
    return {"init": {}, "calls": calls}
