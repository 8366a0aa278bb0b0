import random

from hypothesis import strategies as st

LOW, HIGH = 2, 40
MAX_TARGET = 40
MAX_CANDIDATES = 30


def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
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
            path.append(values[i])
            extend(i, remaining - values[i])
            path.pop()

    extend(0, target)
    return result


def _candidates(min_size: int, max_size: int) -> st.SearchStrategy[list[int]]:
    return st.lists(st.integers(LOW, HIGH), min_size=min_size, max_size=max_size, unique=True)


@st.composite
def _small(draw: st.DrawFn) -> dict:
    """A few candidates in any order, drawn value by value so failures shrink well."""
    candidates = draw(_candidates(1, 6))
    return {"candidates": candidates, "target": draw(st.integers(1, 25))}


@st.composite
def _no_solution(draw: st.DrawFn) -> dict:
    """Every candidate exceeds the target (a target of 1 never has a combination)."""
    candidates = draw(_candidates(1, 8).filter(lambda c: min(c) > 2))
    return {"candidates": candidates, "target": draw(st.integers(1, min(candidates) - 1))}


@st.composite
def _target_is_candidate(draw: st.DrawFn) -> dict:
    candidates = draw(_candidates(1, 8))
    return {"candidates": candidates, "target": draw(st.sampled_from(candidates))}


@st.composite
def _with_two_and_three(draw: st.DrawFn) -> dict:
    """2 and 3 reach every target above 1, in many ways."""
    others = draw(_candidates(0, 4))
    candidates = draw(st.permutations(sorted({2, 3, *others})))
    return {"candidates": candidates, "target": draw(st.integers(1, 30))}


@st.composite
def _sometimes_dense(draw: st.DrawFn) -> dict:
    """Up to 30 candidates and targets up to 40. Mostly larger values (few combinations);
    about one in four draws its values below 20, where the combinations run into thousands."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    dense = rnd.random() < 1 / 4
    pool = range(LOW, 20) if dense else range(5, HIGH + 1)
    count = draw(st.integers(4, len(pool)) if dense else st.integers(1, MAX_CANDIDATES))
    target = draw(st.integers(1, MAX_TARGET))
    return {"candidates": rnd.sample(pool, count), "target": target}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(_small(), _no_solution(), _target_is_candidate(), _with_two_and_three(),
                     _sometimes_dense())


def sized(n: int, rnd: random.Random) -> dict:
    """target n with the 30 smallest candidates 2..31, shuffled: the most combinations."""
    candidates = list(range(LOW, LOW + MAX_CANDIDATES))
    rnd.shuffle(candidates)
    return {"candidates": candidates, "target": n}
