import heapq
import random

from hypothesis import strategies as st

from trainer.problems.shapes import integers

VALUE = 10**4


class KthLargest:
    def __init__(self, k: int, nums: list[int]) -> None:
        self._k = k
        self._heap = list(nums)  # a min-heap of the k largest numbers seen so far
        heapq.heapify(self._heap)
        while len(self._heap) > k:
            heapq.heappop(self._heap)

    def add(self, val: int) -> int:
        if len(self._heap) < self._k:
            heapq.heappush(self._heap, val)
        elif val > self._heap[0]:
            heapq.heapreplace(self._heap, val)
        return self._heap[0]


# -- generators -------------------------------------------------------------------------


def _values() -> st.SearchStrategy[int]:
    return st.one_of(
        st.integers(-5, 5),  # many duplicates
        st.integers(-VALUE, VALUE),
        st.sampled_from([-VALUE, VALUE]),
    )


@st.composite
def _small_init(draw: st.DrawFn) -> dict:
    k = draw(st.one_of(st.just(1), st.integers(1, 4), st.integers(1, 12)))
    extra = draw(st.one_of(st.just(0), st.integers(0, 4), st.integers(0, 12)))  # 0: k - 1
    nums = draw(st.lists(_values(), min_size=k - 1 + extra, max_size=k - 1 + extra))
    return {"k": k, "nums": nums}


@st.composite
def _large_init(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    k = draw(st.integers(1, 300))
    count = k - 1 + draw(st.sampled_from([0, 1, 10, 300]))
    spread = draw(st.sampled_from([5, 100, VALUE]))
    return {"k": k, "nums": integers(rnd, count, -spread, spread)}


def init() -> st.SearchStrategy[dict]:
    return st.one_of(_small_init(), _small_init(), _large_init())


def operations() -> dict:
    values = st.one_of(_values(), st.integers(-VALUE, -VALUE + 10))  # far below the answer
    return {"add": st.fixed_dictionaries({"val": values})}


def sized(n: int, rnd: random.Random) -> dict:
    """n initial numbers, k = n/4, then n adds: a third far below the answer, the rest
    random, many of them entering the k largest."""
    k = max(1, n // 4)
    nums = integers(rnd, n, -VALUE, VALUE)
    calls = []
    for i in range(n):
        val = rnd.randint(-VALUE, -VALUE + 50) if i % 3 == 0 else rnd.randint(-VALUE, VALUE)
        calls.append(["add", {"val": val}])
    return {"init": {"k": k, "nums": nums}, "calls": calls}
