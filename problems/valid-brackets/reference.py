import random

from hypothesis import strategies as st

PAIRS = {")": "(", "]": "[", "}": "{"}
OPENERS = "([{"
CLOSERS = ")]}"
CLOSER_OF = {"(": ")", "[": "]", "{": "}"}


def is_valid_brackets(s: str) -> bool:
    stack: list[str] = []
    for char in s:
        if char in PAIRS:
            if not stack or stack.pop() != PAIRS[char]:
                return False
        else:
            stack.append(char)
    return not stack


# -- generators -------------------------------------------------------------------------


def _wrap(pair: tuple[str, str]) -> str:
    opener, inside = pair
    return opener + inside + CLOSER_OF[opener]


def _balanced() -> st.SearchStrategy[str]:
    """Small balanced strings from the grammar S -> "" | (S) | [S] | {S} | S S ..."""
    return st.recursive(
        st.just(""),
        lambda inner: st.one_of(
            st.tuples(st.sampled_from(OPENERS), inner).map(_wrap),
            st.lists(inner, min_size=2, max_size=4).map("".join),
        ),
        max_leaves=40,
    )


BALANCED = _balanced()  # built once: a recursive strategy is costly to construct


def _big_balanced(rnd: random.Random, n: int, depth_bias: float) -> str:
    """A balanced string of about n characters; depth_bias near 1 nests deeply."""
    out: list[str] = []
    stack: list[str] = []
    while len(out) + len(stack) < n:
        room = n - len(out) - len(stack)
        if stack and (room < 2 or rnd.random() > depth_bias):
            out.append(CLOSER_OF[stack.pop()])
        else:
            opener = rnd.choice(OPENERS)
            stack.append(opener)
            out.append(opener)
    while stack:
        out.append(CLOSER_OF[stack.pop()])
    return "".join(out)


def _mutate(s: str, kind: str, i: int, j: int, char: str) -> str:
    """One mutation at positions i (and j): delete, insert, change kind, swap."""
    if kind == "insert":
        i %= len(s) + 1
        return s[:i] + char + s[i:]
    if not s:
        return char
    i %= len(s)
    if kind == "delete":
        return s[:i] + s[i + 1:]
    if kind == "change":
        group = OPENERS if s[i] in OPENERS else CLOSERS
        other = group[(group.index(s[i]) + 1 + (j % 2)) % 3]
        return s[:i] + other + s[i + 1:]
    j %= len(s)
    chars = list(s)
    chars[i], chars[j] = chars[j], chars[i]
    return "".join(chars)


@st.composite
def _maybe_mutated(draw: st.DrawFn, base: st.SearchStrategy[str]) -> dict:
    s = draw(base)
    if draw(st.booleans()):
        kind = draw(st.sampled_from(["delete", "insert", "change", "swap"]))
        i = draw(st.integers(0, 10**6))
        j = draw(st.integers(0, 10**6))
        char = draw(st.sampled_from("()[]{}"))
        s = _mutate(s, kind, i, j, char)
    return {"s": s}


@st.composite
def _crossed(draw: st.DrawFn) -> dict:
    """Two pairs of different kinds that cross, like "([)]", inside balanced context."""
    a, b = draw(st.permutations(OPENERS))[:2]
    middle = draw(st.one_of(st.just(""), BALANCED))
    core = a + middle + b + CLOSER_OF[a] + CLOSER_OF[b]
    return {"s": draw(BALANCED) + core + draw(BALANCED)}


@st.composite
def _close_before_open(draw: st.DrawFn) -> dict:
    """Counts and kinds match, but a closer comes before its opener, like ")("."""
    opener = draw(st.sampled_from(OPENERS))
    middle = draw(BALANCED)
    return {"s": draw(BALANCED) + CLOSER_OF[opener] + middle + opener}


def _flat() -> st.SearchStrategy[dict]:
    """Long flat runs of small groups side by side: "()[]{}([])..."."""
    group = st.sampled_from(["()", "[]", "{}", "([])", "{()}", "[{}]"])
    return st.lists(group, min_size=2, max_size=40).map(lambda g: {"s": "".join(g)})


@st.composite
def _large(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = draw(st.integers(50, 3000))
    s = _big_balanced(rnd, n, draw(st.sampled_from([0.3, 0.5, 0.7, 0.95, 1.0])))
    if draw(st.booleans()):
        kind = rnd.choice(["delete", "insert", "change", "swap"])
        s = _mutate(s, kind, rnd.randrange(10**6), rnd.randrange(10**6), rnd.choice("()[]{}"))
    return {"s": s}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.just({"s": ""}),
        st.text(alphabet=OPENERS, min_size=1, max_size=20).map(lambda s: {"s": s}),
        st.text(alphabet=CLOSERS, min_size=1, max_size=20).map(lambda s: {"s": s}),
        _maybe_mutated(BALANCED),
        _maybe_mutated(BALANCED),
        _flat(),
        _crossed(),
        _close_before_open(),
        st.text(alphabet="()[]{}", max_size=12).map(lambda s: {"s": s}),
        _large(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """Nested all the way down (depth n/2), mixed kinds; sometimes one wrong last closer."""
    s = _big_balanced(rnd, n, 1.0)
    if rnd.random() < 0.5:
        last = s[-1]
        s = s[:-1] + CLOSERS[(CLOSERS.index(last) + 1) % 3]
    return {"s": s}
