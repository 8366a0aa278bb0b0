import random

from hypothesis import strategies as st

END = "$"  # marks, inside a trie node, that a stored word ends there


class WordDictionary:
    """A trie of nested dicts. A letter of the pattern follows one edge; a '.' follows
    every edge, so a search branches only at the dots."""

    def __init__(self) -> None:
        self._root: dict = {}

    def add_word(self, word: str) -> None:
        node = self._root
        for letter in word:
            node = node.setdefault(letter, {})
        node[END] = True

    def search(self, pattern: str) -> bool:
        def match(node: dict, i: int) -> bool:
            if i == len(pattern):
                return END in node
            letter = pattern[i]
            if letter != ".":
                child = node.get(letter)
                return child is not None and match(child, i + 1)
            return any(match(child, i + 1) for key, child in node.items() if key != END)

        return match(self._root, 0)


# -- generated call sequences -----------------------------------------------------------
# Patterns are mostly made from the words added so far in this sequence (kept here; the
# constructor's draw clears them): a stored word with up to 3 letters turned into dots,
# a letter longer or shorter, or all dots of its length; others are random.
_words: list[str] = []


def _start(_: int) -> dict:
    _words.clear()
    return {}


def init() -> st.SearchStrategy[dict]:
    return st.just(0).map(_start)


WORDS = st.one_of(st.text(alphabet="a", min_size=1, max_size=4),
                  st.text(alphabet="ab", min_size=1, max_size=4),
                  st.text(alphabet="abc", min_size=1, max_size=8),
                  st.text(alphabet="abcz", min_size=1, max_size=25))


def _add(word: str) -> dict:
    _words.append(word)
    return {"word": word}


def _pattern(args: tuple) -> dict:
    kind, pick, seed, free = args
    if not _words or kind == "free":
        return {"pattern": free}
    word = _words[pick % len(_words)]
    rnd = random.Random(seed)
    if kind == "dots":
        letters = list(word)
        for i in rnd.sample(range(len(word)), min(len(word), rnd.randint(1, 3))):
            letters[i] = "."
        return {"pattern": "".join(letters)}
    if kind == "all dots":
        return {"pattern": "." * len(word)}
    if kind == "longer":
        return {"pattern": word + rnd.choice("a.")}
    if kind == "shorter" and len(word) > 1:
        return {"pattern": word[:-1]}
    return {"pattern": word}


PATTERNS = st.tuples(
    st.sampled_from(["dots", "dots", "all dots", "longer", "shorter", "exact", "free"]),
    st.integers(0, 100), st.integers(0, 2**16),
    st.one_of(st.text(alphabet="ab.", min_size=1, max_size=5),
              st.text(alphabet="abcz.", min_size=1, max_size=25))).map(_pattern)


def operations() -> dict[str, st.SearchStrategy[dict]]:
    return {"add_word": WORDS.map(_add), "search": PATTERNS}


def sized(n: int, rnd: random.Random) -> dict:
    """n random words of 8 to 12 letters, then 2n searches of 10-letter patterns made
    from stored words: a quarter exact, a quarter ending in a dot, half missing by their
    last letter. A trie follows one path (26 branches at the dot), a scan compares the
    pattern with every stored word of its length."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = ["".join(rnd.choices(letters, k=rnd.randint(8, 12))) for _ in range(n)]
    calls: list = [["add_word", {"word": word}] for word in words]
    tens = [word for word in words if len(word) == 10] or ["a" * 10]
    for i in range(2 * n):
        word = list(rnd.choice(tens))
        if i % 4:
            word[-1] = "." if i % 4 == 1 else rnd.choice(letters)
        calls.append(["search", {"pattern": "".join(word)}])
    return {"init": {}, "calls": calls}
