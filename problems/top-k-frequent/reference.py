import random
from collections import Counter

from hypothesis import strategies as st

from trainer.problems.shapes import integers

VALUE = 10**4


def top_k_frequent(nums: list[int], k: int) -> list[int]:
    counts = Counter(nums)
    buckets: list[list[int]] = [[] for _ in range(len(nums) + 1)]  # count -> its values
    for value, count in counts.items():
        buckets[count].append(value)
    chosen: list[int] = []
    for count in range(len(nums), 0, -1):
        for value in buckets[count]:
            chosen.append(value)
            if len(chosen) == k:
                return chosen
    return chosen


def check(args: dict, output: list[int]) -> str | None:
    nums, k = args["nums"], args["k"]
    if len(output) != k:
        return f"expected exactly k = {k} values, got {len(output)}"
    for value in output:
        if type(value) is not int:
            return f"each value must be an int, got {value!r}"
    counts = Counter(nums)
    chosen = set(output)
    if len(chosen) != len(output):
        repeated = next(v for v in output if output.count(v) > 1)
        return f"{repeated} is returned more than once"
    for value in output:
        if value not in counts:
            return f"{value} does not occur in nums"
    lowest = min(output, key=lambda v: counts[v])
    left = [v for v in counts if v not in chosen]
    if left:
        highest = max(left, key=lambda v: counts[v])
        if counts[highest] > counts[lowest]:
            return (f"{highest} (occurring {counts[highest]} times) was left out, but "
                    f"{lowest} (occurring {counts[lowest]} times) was returned")
    return None


values = st.one_of(st.integers(-3, 3), st.integers(-20, 20), st.integers(-VALUE, VALUE),
                   st.sampled_from([-VALUE, VALUE]))


@st.composite
def _small(draw: st.DrawFn) -> dict:
    nums = draw(st.lists(values, min_size=1, max_size=40))
    distinct = len(set(nums))
    k = draw(st.one_of(st.integers(1, distinct), st.just(distinct), st.just(1)))
    return {"nums": nums, "k": k}


@st.composite
def _profile(draw: st.DrawFn) -> dict:
    """Chosen counts per value, shuffled: ties at the cutoff, strict orders, skew."""
    kind = draw(st.sampled_from(["tie", "uniform", "skewed", "steps"]))
    distinct = draw(st.integers(1, 12))
    pool = draw(st.lists(st.integers(-VALUE, VALUE), min_size=distinct, max_size=distinct,
                         unique=True))
    if kind == "uniform":
        c = draw(st.integers(1, 6))
        counts = [c] * distinct
    elif kind == "skewed":
        counts = [draw(st.integers(1, 2)) for _ in pool]
        counts[0] = draw(st.integers(10, 60))
    elif kind == "steps":
        counts = list(range(distinct, 0, -1))
    else:
        counts = [draw(st.integers(1, 6)) for _ in pool]
    k = draw(st.integers(1, distinct))
    if kind == "tie" and distinct >= 2:
        # the k-th and the (k+1)-th most frequent values occur equally often
        k = draw(st.integers(1, distinct - 1))
        counts.sort(reverse=True)
        counts[k] = counts[k - 1]
    nums = [v for v, c in zip(pool, counts) for _ in range(c)]
    return {"nums": draw(st.permutations(nums)), "k": k}


@st.composite
def _all_equal(draw: st.DrawFn) -> dict:
    return {"nums": [draw(values)] * draw(st.integers(1, 50)), "k": 1}


@st.composite
def _large(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = draw(st.integers(100, 2000))
    spread = draw(st.sampled_from([3, 30, 300, VALUE]))
    if draw(st.booleans()):
        nums = integers(rnd, n, -spread, spread)
    else:  # a heavily skewed profile: value rank r occurs about n / r^2 times
        nums = [int(rnd.paretovariate(1.0)) % (2 * spread + 1) - spread for _ in range(n)]
    distinct = len(set(nums))
    k = draw(st.one_of(st.integers(1, distinct), st.just(distinct)))
    return {"nums": nums, "k": k}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(_small(), _profile(), _profile(), _all_equal(), _large())


def sized(n: int, rnd: random.Random) -> dict:
    """n values, about n / 2 different ones (at most the whole range), k half of them."""
    spread = min(VALUE, n // 4)
    nums = integers(rnd, n, -spread, spread)
    return {"nums": nums, "k": max(1, len(set(nums)) // 2)}
