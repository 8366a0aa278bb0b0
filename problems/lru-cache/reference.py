import random
from collections import OrderedDict
from itertools import islice

from hypothesis import strategies as st

MAX_VALUE = 10**5
MAX_CAPACITY = 3000


class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key: int = 0, value: int = 0) -> None:
        self.key = key
        self.value = value
        self.prev: _Node | None = None
        self.next: _Node | None = None


class LRUCache:
    """A dict from key to node, and a doubly linked list of nodes from least to most
    recently used, between two sentinels."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.nodes: dict[int, _Node] = {}
        self.oldest = _Node()  # sentinel before the least recently used node
        self.newest = _Node()  # sentinel after the most recently used node
        self.oldest.next = self.newest
        self.newest.prev = self.oldest

    def _unlink(self, node: _Node) -> None:
        node.prev.next = node.next
        node.next.prev = node.prev

    def _append(self, node: _Node) -> None:
        last = self.newest.prev
        last.next = node
        node.prev = last
        node.next = self.newest
        self.newest.prev = node

    def get(self, key: int) -> int:
        node = self.nodes.get(key)
        if node is None:
            return -1
        self._unlink(node)
        self._append(node)
        return node.value

    def put(self, key: int, value: int) -> None:
        node = self.nodes.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._append(node)
            return
        if len(self.nodes) == self.capacity:
            lru = self.oldest.next
            self._unlink(lru)
            del self.nodes[lru.key]
        node = _Node(key, value)
        self.nodes[key] = node
        self._append(node)


# -- generated call sequences -----------------------------------------------------------
# Capacities are mostly tiny and keys come from a small pool, so that within a few dozen
# calls there are hits, misses, evictions, overwrites of a key in a full cache and gets
# that change which key is evicted next.
@st.composite
def _capacity(draw: st.DrawFn) -> int:
    kind = draw(st.integers(0, 9))
    if kind < 7:
        return draw(st.integers(1, 4))  # full after a few puts
    if kind < 9:
        return draw(st.integers(5, 10))
    return draw(st.integers(11, MAX_CAPACITY))  # seldom full within one sequence


def init() -> st.SearchStrategy[dict]:
    return _capacity().map(lambda c: {"capacity": c})


# Key 0 on its own as well: `if not key` or `key == 0` mistakes lose it, and a sequence
# must put it and get it back before it is evicted, whatever the seed.
KEYS = st.one_of(st.just(0), st.integers(0, 3), st.integers(0, 6), st.integers(0, 12))
VALUES = st.one_of(st.integers(0, MAX_VALUE), st.integers(0, 3))


def operations() -> dict[str, st.SearchStrategy[dict]]:
    return {
        "get": st.fixed_dictionaries({"key": KEYS}),
        "put": st.fixed_dictionaries({"key": KEYS, "value": VALUES}),
    }


def sized(n: int, rnd: random.Random) -> dict:
    """Capacity n, filled first, then 4n more calls: most are hits on one of the few most
    recently used keys, a fifth bring in a new key (evicting the least recently used one),
    the rest miss. A recency list scanned from its oldest end walks all of it
    for each recent key, and a search for the oldest key walks all keys at each eviction.
    The number of calls grows with n too, so work that grows with the history is caught."""
    capacity = max(1, min(MAX_CAPACITY, n))
    steps = 4 * capacity
    order: OrderedDict[int, None] = OrderedDict()  # cached keys, least recently used first
    fresh = iter(rnd.sample(range(MAX_VALUE + 1), capacity + steps))  # keys never used yet
    calls: list = []

    def insert(key: int) -> None:
        calls.append(["put", {"key": key, "value": rnd.randint(0, MAX_VALUE)}])
        order[key] = None
        if len(order) > capacity:
            order.popitem(last=False)

    for _ in range(capacity):
        insert(next(fresh))
    for _ in range(steps):
        roll = rnd.random()
        if roll < 0.70:  # a hit on one of the 8 most recently used keys
            recent = list(islice(reversed(order), 8))
            key = recent[rnd.randrange(len(recent))]
            order.move_to_end(key)
            if rnd.random() < 0.5:
                calls.append(["get", {"key": key}])
            else:
                calls.append(["put", {"key": key, "value": rnd.randint(0, MAX_VALUE)}])
        elif roll < 0.90:  # a new key: evicts the least recently used one
            insert(next(fresh))
        else:  # a miss
            calls.append(["get", {"key": next(fresh)}])
    return {"init": {"capacity": capacity}, "calls": calls}
