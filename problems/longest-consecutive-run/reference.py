import random

from hypothesis import strategies as st

BOUND = 10**9


def longest_consecutive(nums: list[int]) -> int:
    """A set of the values; a run is counted only from its smallest value (one whose
    predecessor is absent), walking up while the next value is present. Each value is
    stepped over at most twice, so O(n)."""
    values = set(nums)
    best = 0
    for v in values:
        if v - 1 in values:
            continue  # not the start of a run
        end = v
        while end + 1 in values:
            end += 1
        best = max(best, end - v + 1)
    return best


# -- inputs ----------------------------------------------------------------------------
def _runs(rnd: random.Random, lengths: list[int], gap_one: bool, near_zero: bool,
          duplicates: int, noise: int) -> list[int]:
    """Runs of the given lengths at random places (the second one gap-one after the first
    when gap_one, the first one across zero when near_zero), some values repeated, a few
    lone values added, all shuffled."""
    nums: list[int] = []
    start = -rnd.randint(0, max(lengths, default=1)) if near_zero else \
        rnd.randint(-BOUND, BOUND - 2 * sum(lengths) - 2)
    for k, length in enumerate(lengths):
        if k > 0:
            start = nums[-1] + 2 if gap_one and k == 1 else \
                rnd.randint(-BOUND, BOUND - length)
        nums.extend(range(start, start + length))
    nums += rnd.choices(nums, k=duplicates) if nums else []
    nums += [rnd.randint(-BOUND, BOUND) for _ in range(noise)]
    rnd.shuffle(nums)
    return nums


@st.composite
def _planted(draw: st.DrawFn) -> list[int]:
    count = draw(st.integers(1, 4))
    lengths = [draw(st.integers(1, 300)) for _ in range(count)]
    gap_one = draw(st.booleans())
    near_zero = draw(st.booleans())
    duplicates = draw(st.sampled_from([0, 0, 1, 5, 50]))
    noise = draw(st.integers(0, 30))
    rnd = random.Random(draw(st.integers(0, 1 << 32)))
    return _runs(rnd, lengths, gap_one, near_zero, duplicates, noise)


@st.composite
def _long(draw: st.DrawFn) -> list[int]:
    """One run of up to 1000 values, maybe repeated, and a shorter one a gap of one away."""
    length = draw(st.integers(300, 1000))
    rnd = random.Random(draw(st.integers(0, 1 << 32)))
    return _runs(rnd, [length, rnd.randint(1, length)], True, rnd.random() < 0.3,
                 rnd.randint(0, length), 0)


small = st.lists(st.integers(-6, 6), max_size=20)
wide = st.lists(st.integers(-BOUND, BOUND), max_size=30)
edges = st.lists(st.sampled_from([-BOUND, -BOUND + 1, -1, 0, 1, BOUND - 1, BOUND]), max_size=10)


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.sampled_from([[], [0], [7], [-BOUND], [BOUND], [5, 5, 5], [1, 3], [2, 1],
                         [1, 2, 2, 3], [3, 1, 2, 5, 6, 7, 8]]),
        st.lists(st.integers(-BOUND, BOUND), min_size=1, max_size=1),
        small, small, wide, edges, _planted(), _planted(), _planted(), _long(),
    ).map(lambda nums: {"nums": nums})


def sized(n: int, rnd: random.Random) -> dict:
    """One run of n - n // 4 values plus n // 4 repeats of them, shuffled: walking up
    from every value, not only from the starts of runs, is quadratic."""
    return {"nums": _runs(rnd, [n - n // 4], False, False, n // 4, 0)}
