import random
from collections import Counter

from hypothesis import strategies as st

from trainer.problems.shapes import (
    planted_prerequisites,
    prerequisite_pairs,
    small_prerequisites,
)


def find_order(num_courses: int, prerequisites: list[list[int]]) -> list[int]:
    after: list[list[int]] = [[] for _ in range(num_courses)]
    waiting = [0] * num_courses  # prerequisites of each course not taken yet
    for course, before in prerequisites:
        after[before].append(course)
        waiting[course] += 1
    order = [c for c in range(num_courses) if waiting[c] == 0]
    for course in order:  # the list grows while it is read: a queue
        for nxt in after[course]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                order.append(nxt)
    return order if len(order) == num_courses else []


def check(args: dict, output: list[int]) -> str | None:
    n, pairs = args["num_courses"], args["prerequisites"]
    if not find_order(n, pairs):
        if output:
            return "the requirements contain a cycle, so no order exists and [] is expected"
        return None
    if any(type(c) is not int for c in output):
        return "the order must be a list of course numbers (ints)"
    if len(output) != n or set(output) != set(range(n)):
        counts = Counter(output)
        missing = [c for c in range(n) if c not in counts]
        if missing:
            return f"course {missing[0]} is missing from the order"
        extra = next(c for c in counts if counts[c] > 1 or not 0 <= c < n)
        return f"course {extra} is not a course or appears more than once"
    position = {course: index for index, course in enumerate(output)}
    for a, b in pairs:
        if position[b] > position[a]:
            return f"pair [{a}, {b}] needs {b} before {a}, but {a} comes first"
    return None


@st.composite
def _sparse(draw: st.DrawFn) -> dict:
    """A few pairs among many courses: most courses appear in no pair at all."""
    n = draw(st.integers(2, 300))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    cycle = draw(st.sampled_from([None, None, "two"]))
    return {"num_courses": n, "prerequisites": prerequisite_pairs(rnd, n, n // 10, cycle)}


@st.composite
def _chain(draw: st.DrawFn) -> dict:
    """One long chain through every course, maybe with one pair listed twice."""
    n = draw(st.integers(2, 2000))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    return {"num_courses": n, "prerequisites": prerequisite_pairs(
        rnd, n, 0, chain=True, repeats=draw(st.integers(0, 1)))}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.just({"num_courses": 1, "prerequisites": []}),
        st.just({"num_courses": 1, "prerequisites": [[0, 0]]}),
        st.builds(lambda n: {"num_courses": n, "prerequisites": []}, st.integers(1, 300)),
        small_prerequisites(),
        planted_prerequisites(12),
        planted_prerequisites(60),
        planted_prerequisites(400),
        _sparse(),
        _chain(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """No cycle: a chain through all n courses in a random order of their numbers and 1.5n
    more forward pairs."""
    return {"num_courses": n,
            "prerequisites": prerequisite_pairs(rnd, n, 3 * n // 2, chain=True)}
