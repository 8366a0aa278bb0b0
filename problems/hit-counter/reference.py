import random
from collections import deque

from hypothesis import strategies as st

WINDOW = 300  # get_hits(t) counts the hits at t - 299 .. t


class HitCounter:
    """A queue of [timestamp, hits at that timestamp], oldest first, and the total of the
    hits it holds. Each timestamp enters once and leaves once: O(1) amortized."""

    def __init__(self) -> None:
        self._queue: deque[list[int]] = deque()
        self._total = 0
        self._now = 0  # the latest timestamp seen

    def _advance(self, timestamp: int) -> None:
        if timestamp < self._now:
            raise ValueError(f"timestamp {timestamp} is before {self._now}")
        self._now = timestamp
        while self._queue and self._queue[0][0] <= timestamp - WINDOW:
            self._total -= self._queue.popleft()[1]

    def hit(self, timestamp: int) -> None:
        self._advance(timestamp)
        if self._queue and self._queue[-1][0] == timestamp:
            self._queue[-1][1] += 1
        else:
            self._queue.append([timestamp, 1])
        self._total += 1

    def get_hits(self, timestamp: int) -> int:
        self._advance(timestamp)
        return self._total


# -- generated call sequences -----------------------------------------------------------
# A method's arguments cannot see the calls before it, so the timestamps come from one
# clock that the constructor's draw sets and every later draw moves forward: in the order
# Hypothesis draws them, which is the order of the calls, they never decrease. Most steps
# stay at the same second or move a little (bursts of hits at one timestamp); some land
# exactly 299, 300 or 301 seconds on, where a hit leaves the window or stays in it.
_clock = [1]


def _start(first: int) -> dict:
    _clock[0] = first
    return {}


def _step(delta: int) -> dict:
    _clock[0] += delta
    return {"timestamp": _clock[0]}


def init() -> st.SearchStrategy[dict]:
    return st.one_of(st.just(1), st.integers(1, 1000)).map(_start)


_DELTAS = st.one_of(
    st.just(0), st.just(0),  # many hits at one timestamp
    st.integers(0, 5),
    st.sampled_from([298, 299, 300, 301]),  # at the window's edge
    st.integers(0, 400),  # occasional long gaps
)


def operations() -> dict[str, st.SearchStrategy[dict]]:
    return {
        "hit": _DELTAS.map(_step),
        "get_hits": _DELTAS.map(_step),
    }


def sized(n: int, rnd: random.Random) -> dict:
    """n calls, half of them hits, on a clock that ticks about 100 times over the whole
    sequence (so thousands of hits share a timestamp and the window holds a large share of
    all hits), with long gaps at a quarter and three quarters of the way. Counting the
    stored hits at each get_hits, even only those inside the window, is O(n) per query."""
    now = rnd.randint(1, 1000)
    tick = 100 / max(n, 1)
    calls: list = []
    for i in range(n):
        if i in (n // 4, 3 * n // 4):
            now += rnd.randint(300, 400)
        elif rnd.random() < tick:
            now += rnd.randint(1, 5)
        name = "hit" if rnd.random() < 0.5 else "get_hits"
        calls.append([name, {"timestamp": now}])
    return {"init": {}, "calls": calls}
