import random
import string

from hypothesis import strategies as st

MAX_LEN = 1000
MAX_WORDS = 1000
MAX_WORD = 20
# A plain recursion (the slow/ solution) tries every prefix that is a word, and scans
# every end position at each call: the generated inputs keep its steps under STEPS (a
# string that needs more is cut to SHORT letters), and the ladder shows it exponential.
STEPS = 200_000
SHORT = 12


def word_break(s: str, words: list[str]) -> bool:
    """ok[i]: s[:i] splits into words. Only the last L letters can form the last word."""
    vocabulary = set(words)
    longest = max(map(len, vocabulary))
    n = len(s)
    ok = [True] + [False] * n
    for end in range(1, n + 1):
        for start in range(max(0, end - longest), end):
            if ok[start] and s[start:end] in vocabulary:
                ok[end] = True
                break
    return ok[n]


# -- generators ----------------------------------------------------------------------


def _naive_steps(s: str, words: list[str]) -> int:
    """The loop steps of the plain recursion on s (each end position tried is one),
    stopping once over STEPS; iterative, as s can be 1000 letters deep."""
    vocabulary = set(words)
    n = len(s)
    steps = 0
    stack = [(0, iter(range(1, n + 1)))]
    while stack:
        start, ends = stack[-1]
        if start == n:
            return steps  # found: every call returns True at once
        for end in ends:
            steps += 1
            if steps > STEPS:
                return steps
            if s[start:end] in vocabulary:
                stack.append((end, iter(range(end + 1, n + 1))))
                break
        else:
            stack.pop()
    return steps


def _bounded(args: dict) -> dict:
    if _naive_steps(args["s"], args["words"]) > STEPS:
        return {"s": args["s"][:SHORT], "words": args["words"]}
    return args


@st.composite
def _tiny(draw: st.DrawFn) -> dict:
    """A few words over 'ab' and a short string, letter by letter: failures shrink far."""
    letters = st.sampled_from("ab")
    words = draw(st.lists(st.text(letters, min_size=1, max_size=4), min_size=1, max_size=5))
    return {"s": draw(st.text(letters, min_size=1, max_size=10)), "words": words}


@st.composite
def _planted(draw: st.DrawFn) -> dict:
    """s concatenated from dictionary words (a positive), maybe with one letter changed,
    one dropped or one added at the end; entries may repeat."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    alphabet = string.ascii_lowercase[:draw(st.sampled_from([1, 2, 3, 4, 26]))]
    count = draw(st.sampled_from([1, 3, 10, 100, MAX_WORDS]))
    top = draw(st.sampled_from([3, 6, MAX_WORD]))
    words = ["".join(rnd.choices(alphabet, k=rnd.randint(1, top))) for _ in range(count)]
    words = (words + rnd.choices(words, k=rnd.randint(0, 3)))[:MAX_WORDS]  # duplicates
    s = ""
    target = draw(st.integers(1, MAX_LEN))
    while len(s) < target:
        piece = rnd.choice(words)
        if len(s) + len(piece) > MAX_LEN:
            break
        s += piece
    s = s or words[0]
    change = draw(st.sampled_from(["none", "none", "letter", "drop", "add"]))
    if change == "letter":
        at = rnd.randrange(len(s))
        s = s[:at] + rnd.choice(alphabet) + s[at + 1:]
    elif change == "drop" and len(s) > 1:
        at = rnd.randrange(len(s))
        s = s[:at] + s[at + 1:]
    elif change == "add" and len(s) < MAX_LEN:
        s += rnd.choice(alphabet)
    rnd.shuffle(words)
    return {"s": s, "words": words}


@st.composite
def _runs(draw: st.DrawFn) -> dict:
    """Runs of 'a' with words "a", "aa", ... (some lengths missing), ending in 'a' or in
    a 'b' no word has: the backtracking trap, and the greedy longest-first trap."""
    lengths = draw(st.lists(st.integers(1, 8), min_size=1, max_size=5, unique=True))
    words = ["a" * k for k in lengths]
    if draw(st.booleans()):
        words.append(draw(st.sampled_from(["b", "ab", "ba", "aab"])))
    n = draw(st.integers(1, 60))
    tail = draw(st.sampled_from(["", "", "b", "ab"]))
    return {"s": ("a" * n + tail)[:MAX_LEN], "words": words}


@st.composite
def _random(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    alphabet = string.ascii_lowercase[:draw(st.sampled_from([1, 2, 3]))]
    words = ["".join(rnd.choices(alphabet, k=rnd.randint(1, 5)))
             for _ in range(draw(st.integers(1, 30)))]
    s = "".join(rnd.choices(alphabet, k=draw(st.integers(1, 300))))
    return {"s": s, "words": words}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(_tiny(), _tiny(), _planted(), _planted(), _runs(),
                     _random()).map(_bounded)


def sized(n: int, rnd: random.Random) -> dict:
    """n letters 'a' then a 'b', with the words "a" to "a" * 10 (in random order): no
    split exists, and a plain recursion tries exponentially many before saying so."""
    words = ["a" * k for k in range(1, 11)]
    rnd.shuffle(words)
    return {"s": "a" * min(n, MAX_LEN - 1) + "b", "words": words}
