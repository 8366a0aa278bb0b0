import random

from hypothesis import strategies as st

LOW, HIGH = 1, 15
MAX_TARGET = 30
MAX_CANDIDATES = 20


def combination_sum_once(candidates: list[int], target: int) -> list[list[int]]:
    values = sorted(candidates)
    result: list[list[int]] = []
    path: list[int] = []

    def extend(start: int, remaining: int) -> None:
        if remaining == 0:
            result.append(path.copy())
            return
        for i in range(start, len(values)):
            if values[i] > remaining:
                break  # sorted: every later value is larger too
            if i > start and values[i] == values[i - 1]:
                continue  # the same value at this level gives the same combinations again
            path.append(values[i])
            extend(i + 1, remaining - values[i])
            path.pop()

    extend(0, target)
    return result


@st.composite
def _small(draw: st.DrawFn) -> dict:
    """A few candidates drawn value by value (repeats likely), so failures shrink well."""
    candidates = draw(st.lists(st.integers(LOW, 8), min_size=1, max_size=8))
    return {"candidates": candidates, "target": draw(st.integers(1, 20))}


@st.composite
def _many_copies(draw: st.DrawFn) -> dict:
    """Many copies of one value (ten 1s) among a few others: a combination may take
    several copies, and the copies must not multiply the answer."""
    copies = [draw(st.integers(1, 3))] * draw(st.integers(2, 12))
    others = draw(st.lists(st.integers(LOW, HIGH), max_size=5))
    candidates = draw(st.permutations(copies + others))
    return {"candidates": candidates, "target": draw(st.integers(1, MAX_TARGET))}


@st.composite
def _no_solution(draw: st.DrawFn) -> dict:
    """No combination: every candidate above the target, all even with an odd target, or
    the target above the sum of everything."""
    kind = draw(st.integers(0, 2))
    if kind == 0:
        candidates = draw(st.lists(st.integers(3, HIGH), min_size=1, max_size=8))
        target = draw(st.integers(1, min(candidates) - 1))
    elif kind == 1:
        candidates = draw(st.lists(st.sampled_from(range(2, HIGH + 1, 2)), min_size=1,
                                   max_size=10))
        target = draw(st.sampled_from(range(1, MAX_TARGET + 1, 2)))
    else:
        candidates = draw(st.lists(st.integers(LOW, HIGH), min_size=1, max_size=3).filter(
            lambda c: sum(c) < MAX_TARGET))
        target = draw(st.integers(sum(candidates) + 1, MAX_TARGET))
    return {"candidates": candidates, "target": target}


@st.composite
def _whole_list(draw: st.DrawFn) -> dict:
    """The target is the sum of all candidates: the whole list is one answer."""
    candidates = draw(st.lists(st.integers(LOW, 6), min_size=1, max_size=10).filter(
        lambda c: sum(c) <= MAX_TARGET))
    return {"candidates": candidates, "target": sum(candidates)}


@st.composite
def _random_long(draw: st.DrawFn) -> dict:
    """Up to 20 candidates from one seed, over a narrow or the whole range of values."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    high = rnd.choice([3, 6, HIGH])
    candidates = [rnd.randint(LOW, high) for _ in range(rnd.randint(1, MAX_CANDIDATES))]
    return {"candidates": candidates, "target": rnd.randint(1, MAX_TARGET)}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(_small(), _many_copies(), _no_solution(), _whole_list(),
                     _random_long())


def sized(n: int, rnd: random.Random) -> dict:
    """n candidates over 1..15 with a target of 30: the combinations stop growing with n
    once every small value is present, while the choices of positions double per item."""
    candidates = [rnd.randint(LOW, HIGH) for _ in range(n)]
    return {"candidates": candidates, "target": MAX_TARGET}
