import random
import string
from bisect import bisect_right

from hypothesis import strategies as st

MAX_TIME = 10**7


class TimeMap:
    """Per key, the timestamps of its set calls (increasing, since every set comes later
    than the one before) and the values stored with them, as two parallel lists: a get is
    one binary search."""

    def __init__(self) -> None:
        self._times: dict[str, list[int]] = {}
        self._values: dict[str, list[str]] = {}
        self._last = 0  # the latest timestamp passed to set

    def set(self, key: str, value: str, timestamp: int) -> None:
        if timestamp <= self._last:
            raise ValueError(f"set timestamp {timestamp} is not after {self._last}")
        self._last = timestamp
        self._times.setdefault(key, []).append(timestamp)
        self._values.setdefault(key, []).append(value)

    def get(self, key: str, timestamp: int) -> str:
        times = self._times.get(key)
        if not times:
            return ""
        index = bisect_right(times, timestamp)  # the sets at or before `timestamp`
        return self._values[key][index - 1] if index else ""


# -- generated call sequences -----------------------------------------------------------
# A method's arguments cannot see the calls before it, so the set timestamps come from
# one clock that the constructor's draw resets and every set moves forward, in the order
# Hypothesis draws them (the order of the calls). A get asks at a timestamp some way
# before the clock, exactly at one of the set timestamps, or a little after the clock.
_clock = [0]
_stamps: list[int] = []


def _start(_: int) -> dict:
    _clock[0] = 0
    _stamps.clear()
    return {}


def init() -> st.SearchStrategy[dict]:
    return st.just(0).map(_start)


def _set(args: dict) -> dict:
    _clock[0] += args.pop("gap")
    _stamps.append(_clock[0])
    return {**args, "timestamp": _clock[0]}


def _get(args: dict) -> dict:
    how, amount = args.pop("how"), args.pop("amount")
    if how == "exact" and _stamps:
        timestamp = _stamps[amount % len(_stamps)]
    elif how == "before_exact" and _stamps:
        timestamp = _stamps[amount % len(_stamps)] - 1
    elif how == "after":
        timestamp = _clock[0] + amount % 11
    else:
        timestamp = max(0, _clock[0] - amount)
    return {**args, "timestamp": timestamp}


KEYS = st.one_of(st.sampled_from(["a", "b"]), st.sampled_from(["a", "b", "ab", "ba", "z"]),
                 st.text(alphabet="ab", min_size=1, max_size=3))
VALUES = st.one_of(st.sampled_from(["x", "y"]),
                   st.text(alphabet=string.ascii_lowercase, min_size=1, max_size=10))
GAPS = st.one_of(st.just(1), st.integers(1, 3), st.integers(1, 1000))


def operations() -> dict[str, st.SearchStrategy[dict]]:
    return {
        "set": st.fixed_dictionaries({"key": KEYS, "value": VALUES, "gap": GAPS}).map(_set),
        "get": st.fixed_dictionaries({
            "key": KEYS,
            "how": st.sampled_from(["exact", "exact", "before_exact", "after", "back"]),
            "amount": st.one_of(st.integers(0, 3), st.integers(0, 2000)),
        }).map(_get),
    }


def sized(n: int, rnd: random.Random) -> dict:
    """n sets spread over 2 keys with random gaps, then 4n gets on those keys at random
    timestamps across the whole history (a tenth exactly at a set timestamp, a tenth
    before the first one). Scanning a key's history, from either end, is O(n) per get."""
    keys = ["".join(rnd.choice("abc") for _ in range(3)) + str(i) for i in range(2)]
    calls: list = []
    now = 0
    stamps = []
    for _ in range(n):
        now += rnd.randint(1, 20)
        stamps.append(now)
        value = "".join(rnd.choice(string.ascii_lowercase) for _ in range(rnd.randint(1, 10)))
        calls.append(["set", {"key": rnd.choice(keys), "value": value, "timestamp": now}])
    for i in range(4 * n):
        if i % 10 == 0:
            timestamp = rnd.choice(stamps)
        elif i % 10 == 1:
            timestamp = rnd.randint(0, stamps[0])
        else:
            timestamp = rnd.randint(0, now + 10)
        calls.append(["get", {"key": rnd.choice(keys), "timestamp": timestamp}])
    return {"init": {}, "calls": calls}
