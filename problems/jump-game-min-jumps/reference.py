import random
from collections import deque

from hypothesis import strategies as st

from trainer.problems.shapes import integers

MAX_N = 10**5
MAX_JUMP = 1000
# Generated lists stay at most LONG long so that the O(n^2) slow/ solution finishes them;
# the complexity ladder goes further.
LONG = 1200


def min_jumps(nums: list[int]) -> int:
    """Breadth-first search by levels without a queue: the indices reachable with
    `jumps` jumps form one window ending at `end`; scanning it gives the furthest index
    reachable with one jump more, the end of the next window."""
    jumps = end = furthest = 0
    for i in range(len(nums) - 1):  # from the last index no jump is needed
        furthest = max(furthest, i + nums[i])
        if i == end:  # the window is used up: one more jump reaches up to `furthest`
            jumps += 1
            end = furthest
    return jumps


def baseline(nums: list[int]) -> int:
    """A breadth-first search with a queue of indices and a list of jump counts.

    O(n) too, but it keeps n indices alive where the reference keeps three numbers, and
    in CPython that alone costs several times more on long lists: the complexity check
    times this one."""
    n = len(nums)
    jumps = [0] * n
    queue = deque([0])
    queued = 0  # every index up to this one has been queued
    while queue and queued < n - 1:
        i = queue.popleft()
        for j in range(queued + 1, min(n - 1, i + nums[i]) + 1):
            jumps[j] = jumps[i] + 1
            queue.append(j)
        queued = max(queued, i + nums[i])
    return jumps[-1]


# -- generators ----------------------------------------------------------------------


def _with_last(body: list[int], last: int) -> list[int]:
    return [*body, last]


@st.composite
def _tiny(draw: st.DrawFn) -> list[int]:
    """Up to 8 small jumps, drawn one by one: failures shrink far."""
    body = draw(st.lists(st.integers(1, 4), max_size=7))
    return _with_last(body, draw(st.integers(0, 4)))


@st.composite
def _random(draw: st.DrawFn) -> list[int]:
    """Jumps from 1 to k: small k gives long answers, where picking the wrong next
    index costs a jump."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = draw(st.integers(1, draw(st.sampled_from([30, 200, LONG]))))
    top = draw(st.sampled_from([1, 2, 3, 5, 10, 50, MAX_JUMP]))
    return _with_last(integers(rnd, n - 1, 1, top), rnd.randint(0, MAX_JUMP))


@st.composite
def _greedy_traps(draw: st.DrawFn) -> list[int]:
    """Windows where the longest jump from here, or the largest value in reach, is not
    the index that reaches furthest: a large value just before a long run of ones, and
    a smaller one further on that reaches beyond it."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    nums = []
    for _ in range(draw(st.integers(1, 8))):
        span = rnd.randint(2, 6)
        big = rnd.randint(span + 1, span + 4)
        nums += [span] + [1] * (span - 2) + [big - 1, big] + [1] * rnd.randint(0, big)
    return _with_last(nums[:LONG - 1], rnd.randint(0, 3))


@st.composite
def _giant_first(draw: st.DrawFn) -> list[int]:
    """The first jump reaches the end at once: one jump, whatever follows."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = draw(st.integers(2, min(LONG, MAX_JUMP + 1)))
    first = rnd.randint(n - 1, MAX_JUMP)
    return _with_last([first, *integers(rnd, n - 2, 1, 3)], rnd.randint(0, MAX_JUMP))


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        _greedy_traps(), _tiny(), _random(), _random(), _giant_first(),
        st.integers(0, MAX_JUMP).map(lambda x: [x]),  # one element: 0 jumps
        st.integers(1, LONG).map(lambda n: [1] * n),  # all ones: n - 1 jumps
    ).map(lambda nums: {"nums": nums})


def sized(n: int, rnd: random.Random) -> dict:
    """n jumps from 1 to 5: about n / 3 jumps. A table that looks back at every earlier
    index for each index does n^2 / 2 steps."""
    n = min(n, MAX_N)
    return {"nums": _with_last(integers(rnd, n - 1, 1, 5), rnd.randint(0, 5))}
