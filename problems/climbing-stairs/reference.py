import random

from hypothesis import strategies as st

# The generated inputs stay small so that a plain recursion (the slow/ solution) finishes
# them; the complexity ladder checks the large values of n, up to 1000.
SMALL = 24


def climb_stairs(n: int) -> int:
    previous, current = 1, 1  # ways to reach step 0 and step 1
    for _ in range(n - 1):
        previous, current = current, previous + current
    return current


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.sampled_from([1, 2, 3]),  # the base cases, where off-by-one mistakes show
        st.integers(4, 10),
        st.integers(1, SMALL),
    ).map(lambda n: {"n": n})


def sized(n: int, rnd: random.Random) -> dict:
    return {"n": n}
