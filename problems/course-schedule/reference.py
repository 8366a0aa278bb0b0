import random

from hypothesis import strategies as st

from trainer.problems.shapes import (
    planted_prerequisites,
    prerequisite_pairs,
    small_prerequisites,
)


def can_finish(num_courses: int, prerequisites: list[list[int]]) -> bool:
    after: list[list[int]] = [[] for _ in range(num_courses)]
    waiting = [0] * num_courses  # unfinished prerequisites of each course
    for course, before in prerequisites:
        after[before].append(course)
        waiting[course] += 1
    ready = [c for c in range(num_courses) if waiting[c] == 0]
    taken = 0
    while ready:
        course = ready.pop()
        taken += 1
        for nxt in after[course]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                ready.append(nxt)
    return taken == num_courses


@st.composite
def _diamonds(draw: st.DrawFn) -> dict:
    """Many paths into the same courses and no cycle: a search that takes "seen before" for
    "on the current path" calls these cyclic."""
    width = draw(st.integers(2, 8))
    layers = draw(st.integers(2, 6))
    n = width * layers
    pairs = [[(k + 1) * width + j, k * width + i]
             for k in range(layers - 1) for i in range(width) for j in range(width)]
    rnd = random.Random(draw(st.integers(0, 2**32)))
    labels = list(range(n))
    rnd.shuffle(labels)
    pairs = [[labels[a], labels[b]] for a, b in pairs]
    rnd.shuffle(pairs)
    return {"num_courses": n, "prerequisites": pairs}


@st.composite
def _chain(draw: st.DrawFn) -> dict:
    """One long chain through every course, maybe closed at its ends."""
    n = draw(st.integers(2, 2000))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    pairs = prerequisite_pairs(rnd, n, 0, chain=True)
    if draw(st.booleans()):
        # the chain's first and last course, closed into one cycle through all of them
        firsts = {b for a, b in pairs} - {a for a, b in pairs}
        lasts = {a for a, b in pairs} - {b for a, b in pairs}
        pairs.append([firsts.pop(), lasts.pop()])
    return {"num_courses": n, "prerequisites": pairs}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.just({"num_courses": 1, "prerequisites": []}),
        st.just({"num_courses": 1, "prerequisites": [[0, 0]]}),
        st.builds(lambda n: {"num_courses": n, "prerequisites": []}, st.integers(1, 2000)),
        small_prerequisites(),
        planted_prerequisites(12),
        planted_prerequisites(60),
        planted_prerequisites(400),
        _diamonds(),
        _chain(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """No cycle (nothing stops early): a chain through all n courses and 1.5n more forward
    pairs, so most courses have most others after them."""
    return {"num_courses": n,
            "prerequisites": prerequisite_pairs(rnd, n, 3 * n // 2, chain=True)}
