import random
import string

from hypothesis import strategies as st

LETTERS = string.ascii_lowercase


def group_anagrams(words: list[str]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault("".join(sorted(word)), []).append(word)
    return list(groups.values())


def _word(alphabet: str = LETTERS, max_size: int = 12) -> st.SearchStrategy[str]:
    return st.text(alphabet=alphabet, max_size=max_size)


@st.composite
def _shuffled_seeds(draw: st.DrawFn) -> list[str]:
    """A few seed words, each shuffled many times: large groups."""
    alphabet = draw(st.sampled_from([LETTERS, "abcde", "ab"]))
    seeds = draw(st.lists(_word(alphabet, 12), min_size=1, max_size=4))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    words = []
    for _ in range(draw(st.integers(1, 40))):
        letters = list(rnd.choice(seeds))
        rnd.shuffle(letters)
        words.append("".join(letters))
    return words


@st.composite
def _same_letters_other_counts(draw: st.DrawFn) -> list[str]:
    """Words over the same two or three letters with different counts ("aab", "abb")."""
    letters = draw(st.sampled_from(["ab", "xyz", "ba", "pq"]))
    return draw(st.lists(_word(letters, 5), min_size=1, max_size=20))


@st.composite
def _repeats(draw: st.DrawFn) -> list[str]:
    """Identical words repeated, empty words among them."""
    base = draw(st.lists(st.sampled_from(["", "a", "ab", "ba", "abc", "zz"]), min_size=1,
                         max_size=6))
    words = [w for w in base for _ in range(draw(st.integers(1, 4)))]
    return draw(st.permutations(words))


@st.composite
def _large(draw: st.DrawFn) -> list[str]:
    n = draw(st.integers(100, 400))
    return sized(n, random.Random(draw(st.integers(0, 2**32))))["words"]


def inputs() -> st.SearchStrategy[dict]:
    words = st.one_of(
        st.just([]),
        st.lists(_word(), min_size=1, max_size=1),
        st.lists(st.just(""), min_size=1, max_size=4),
        st.lists(st.sampled_from("abc"), min_size=1, max_size=15),  # single letters
        st.lists(_word("abcd", 3), max_size=30),  # short words over a tiny alphabet
        st.lists(_word(LETTERS, 100), max_size=8),  # long words
        _shuffled_seeds(),
        _same_letters_other_counts(),
        _repeats(),
        _large(),
    )
    return words.map(lambda values: {"words": values})


def sized(n: int, rnd: random.Random) -> dict:
    """About n/2 different groups of about two words each: many groups to tell apart."""
    words: list[str] = []
    while len(words) < n:
        letters = rnd.choices(LETTERS, k=rnd.randint(6, 10))
        words.append("".join(letters))
        if len(words) < n and rnd.random() < 0.5:
            rnd.shuffle(letters)
            words.append("".join(letters))
    rnd.shuffle(words)
    return {"words": words}
