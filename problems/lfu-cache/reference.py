import random
from collections import OrderedDict, defaultdict

from hypothesis import strategies as st

MAX_VALUE = 10**5
MAX_CAPACITY = 2000


class LFUCache:
    """Each key's value and use count, and for each count the keys that have it, in an
    OrderedDict from least to most recently used. The smallest count in use is kept
    up to date, so the key to evict is the first one of its bucket: O(1) per call."""

    def __init__(self, capacity: int) -> None:
        self._capacity = capacity
        self._values: dict[int, int] = {}
        self._counts: dict[int, int] = {}
        self._buckets: defaultdict[int, OrderedDict[int, None]] = defaultdict(OrderedDict)
        self._lowest = 0  # the smallest use count among the cached keys

    def _use(self, key: int) -> None:
        """Moves `key` from the bucket of its count to the end of the next one."""
        count = self._counts[key]
        bucket = self._buckets[count]
        del bucket[key]
        if not bucket:
            del self._buckets[count]
            if self._lowest == count:
                self._lowest = count + 1
        self._counts[key] = count + 1
        self._buckets[count + 1][key] = None

    def get(self, key: int) -> int:
        if key not in self._values:
            return -1
        self._use(key)
        return self._values[key]

    def put(self, key: int, value: int) -> None:
        if self._capacity == 0:
            return
        if key in self._values:
            self._values[key] = value
            self._use(key)
            return
        if len(self._values) == self._capacity:
            bucket = self._buckets[self._lowest]
            evicted, _ = bucket.popitem(last=False)  # least recently used of the lowest count
            if not bucket:
                del self._buckets[self._lowest]
            del self._values[evicted], self._counts[evicted]
        self._values[key] = value
        self._counts[key] = 1
        self._buckets[1][key] = None
        self._lowest = 1


# -- generated call sequences -----------------------------------------------------------
# Capacities are mostly tiny and keys come from small pools, some drawn more often than
# others, so that within a few dozen calls there are evictions among keys tied at count
# 1, evictions where a key used more often survives an older one, overwrites, and
# capacity 0 and 1.
@st.composite
def _capacity(draw: st.DrawFn) -> int:
    kind = draw(st.integers(0, 19))
    if kind < 2:
        return 0
    if kind < 6:
        return 1
    if kind < 15:
        return draw(st.integers(2, 4))
    if kind < 19:
        return draw(st.integers(5, 10))
    return draw(st.integers(11, MAX_CAPACITY))


def _start(capacity: int) -> dict:
    _used.clear()
    return {"capacity": capacity}


def init() -> st.SearchStrategy[dict]:
    return _capacity().map(_start)


# A method's arguments cannot see the calls before it, so the keys drawn so far are kept
# here (the constructor's draw clears them) and a key is often one of the last few drawn:
# the same keys come back, their counts climb above 1 and ties at higher counts form.
_used: list[int] = []


def _key(args: tuple) -> int:
    recent, back, key = args
    if recent and _used:
        key = _used[-1 - back % min(3, len(_used))]
    _used.append(key)
    return key


# Skewed: key 0 and the pool 0..2 come up far more often than 0..12 (Zipf-like), and
# key 0 on its own catches `if not key` mistakes.
KEYS = st.tuples(st.booleans(), st.integers(0, 2),
                 st.one_of(st.just(0), st.integers(0, 2), st.integers(0, 4), st.integers(0, 8),
                           st.integers(0, 12))).map(_key)
VALUES = st.one_of(st.integers(0, MAX_VALUE), st.integers(0, 3))


def operations() -> dict[str, st.SearchStrategy[dict]]:
    return {
        "get": st.fixed_dictionaries({"key": KEYS}),
        "put": st.fixed_dictionaries({"key": KEYS, "value": VALUES}),
    }


def sized(n: int, rnd: random.Random) -> dict:
    """Capacity n, filled (a fifth of the keys then used once or twice more), every key
    used once more (so a new key's count 1 must become the lowest count again), then 4n
    calls: most are hits on one of the few newest keys, a fifth put a new key (each an
    eviction of a key with the lowest count), the rest miss. Searching all keys for the
    one to evict, or a list of keys kept in order, is O(n) per call."""
    capacity = max(1, min(MAX_CAPACITY, n))
    fresh = iter(rnd.sample(range(MAX_VALUE + 1), 6 * capacity))  # keys never used yet
    model = LFUCache(capacity)
    calls: list = []
    recent: list[int] = []

    def call(name: str, args: dict) -> None:
        calls.append([name, args])
        getattr(model, name)(**args)

    def insert() -> None:
        key = next(fresh)
        call("put", {"key": key, "value": rnd.randint(0, MAX_VALUE)})
        recent.append(key)
        del recent[:-8]

    filled = []
    for _ in range(capacity):
        insert()
        filled.append(recent[-1])
        if rnd.random() < 0.2:
            for _ in range(rnd.randint(1, 2)):
                call("get", {"key": recent[-1]})
    for key in filled:  # every count above 1: the next new key alone has the lowest count
        call("get", {"key": key})
    for _ in range(4 * capacity):
        roll = rnd.random()
        if roll < 0.70:
            key = recent[rnd.randrange(len(recent))]
            if rnd.random() < 0.5:
                call("get", {"key": key})
            else:
                call("put", {"key": key, "value": rnd.randint(0, MAX_VALUE)})
        elif roll < 0.90:
            insert()
        else:
            call("get", {"key": next(fresh)})
    return {"init": {"capacity": capacity}, "calls": calls}
