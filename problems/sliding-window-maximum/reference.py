import heapq
import random
from collections import deque

from hypothesis import strategies as st

from trainer.problems.shapes import integers

VALUE = 10**4


def max_sliding_window(nums: list[int], k: int) -> list[int]:
    # indices of the window whose values decrease from front to back: each one is the
    # maximum of the window from some point on; the front is the maximum now
    candidates: deque[int] = deque()
    result = []
    for i, value in enumerate(nums):
        while candidates and nums[candidates[-1]] <= value:
            candidates.pop()  # never the maximum again: value is as large and stays longer
        candidates.append(i)
        if candidates[0] <= i - k:
            candidates.popleft()  # it has left the window
        if i >= k - 1:
            result.append(nums[candidates[0]])
    return result


def baseline(nums: list[int], k: int) -> list[int]:
    """A heap of (-value, index) pairs whose stale tops are popped lazily, O(n log n): the
    slowest approach accepted."""
    heap = [(-nums[i], i) for i in range(k)]
    heapq.heapify(heap)
    out = [-heap[0][0]]
    for i in range(k, len(nums)):
        heapq.heappush(heap, (-nums[i], i))
        while heap[0][1] <= i - k:
            heapq.heappop(heap)
        out.append(-heap[0][0])
    return out


@st.composite
def _lists(draw: st.DrawFn) -> dict:
    values = draw(st.sampled_from([st.integers(-VALUE, VALUE), st.integers(-3, 3),
                                   st.integers(0, 1)]))
    nums = draw(st.lists(values, min_size=1, max_size=40))
    k = draw(st.one_of(st.just(1), st.just(len(nums)), st.integers(1, len(nums))))
    return {"nums": nums, "k": k}


@st.composite
def _shaped(draw: st.DrawFn) -> dict:
    n = draw(st.integers(1, 1000))
    kind = draw(st.sampled_from(["increasing", "decreasing", "equal", "runs", "random",
                                 "valley"]))
    k = draw(st.one_of(st.just(1), st.just(n), st.integers(1, n)))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    if kind == "increasing":
        nums = sorted(integers(rnd, n, -VALUE, VALUE))
    elif kind == "decreasing":
        nums = sorted(integers(rnd, n, -VALUE, VALUE), reverse=True)
    elif kind == "equal":
        nums = [rnd.randint(-VALUE, VALUE)] * n
    elif kind == "runs":  # runs of equal values: ties at the maximum
        nums = []
        while len(nums) < n:
            nums += [rnd.randint(-5, 5)] * rnd.randint(1, 6)
        nums = nums[:n]
    elif kind == "valley":
        half = sorted(integers(rnd, n // 2, -VALUE, VALUE), reverse=True)
        nums = (half + half[::-1] + [VALUE])[:n]
    else:
        nums = integers(rnd, n, -VALUE, VALUE)
    return {"nums": nums, "k": k}


@st.composite
def _repeats(draw: st.DrawFn) -> dict:
    """A few small values, so the maximum of a window is often there twice, with small k."""
    n = draw(st.integers(3, 30))
    size = draw(st.integers(2, 5))
    k = draw(st.integers(2, min(6, n)))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    return {"nums": [rnd.randrange(size) for _ in range(n)], "k": k}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.just({"nums": [7], "k": 1}),
        _repeats(),
        _lists(),
        _lists(),
        _shaped(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """n values, decreasing on the whole with noise, and k = n / 2: a window's maximum
    sits at its left end and leaves at every step."""
    nums = [VALUE - (2 * VALUE * i) // n + rnd.randint(-50, 50) for i in range(n)]
    nums = [max(-VALUE, min(VALUE, x)) for x in nums]
    return {"nums": nums, "k": max(1, n // 2)}
