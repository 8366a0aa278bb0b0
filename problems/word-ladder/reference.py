import itertools
import random
from collections import deque

from hypothesis import strategies as st

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def ladder_length(begin: str, end: str, words: list[str]) -> int:
    unused = set(words)
    if end not in unused:
        return 0
    unused.discard(begin)
    queue = deque([(begin, 1)])  # (word, words in the ladder up to it)
    while queue:
        word, count = queue.popleft()
        for i in range(len(word)):
            head, tail = word[:i], word[i + 1:]
            for letter in LETTERS:
                step = head + letter + tail
                if step in unused:
                    if step == end:
                        return count + 1
                    unused.remove(step)  # the first time a word is reached is the shortest
                    queue.append((step, count + 1))
    return 0


# -- word sets ----------------------------------------------------------------------------
def _words(rnd: random.Random, alphabet: str, length: int, n: int) -> list[str]:
    """n distinct random words (fewer if the alphabet has fewer)."""
    total = len(alphabet) ** length
    if total <= 4 * n:
        every = ["".join(p) for p in itertools.product(alphabet, repeat=length)]
        return rnd.sample(every, min(n, total))
    found: set[str] = set()
    while len(found) < n:
        found.add("".join(rnd.choices(alphabet, k=length)))
    return list(found)


def _walk(rnd: random.Random, alphabet: str, start: str, steps: int) -> list[str]:
    """A random walk of one-letter changes that never revisits a word."""
    path, seen = [start], {start}
    for _ in range(steps):
        word = path[-1]
        options = [word[:i] + c + word[i + 1:] for i in range(len(word)) for c in alphabet]
        options = [w for w in options if w not in seen]
        if not options:
            break
        path.append(rnd.choice(options))
        seen.add(path[-1])
    return path


def build(rnd: random.Random, length: int, size: int, n: int, kind: str) -> dict:
    alphabet = LETTERS[:size]
    words = _words(rnd, alphabet, length, n)
    begin = rnd.choice(words) if rnd.random() < 0.5 else "".join(rnd.choices(alphabet, k=length))
    if kind == "walk":  # a planted ladder, often long, among noise words
        path = _walk(rnd, alphabet, begin, rnd.randint(1, 12))
        words = list(dict.fromkeys(words + path[1:]))
        end = path[-1]
    elif kind == "one-step":
        i = rnd.randrange(length)
        end = begin[:i] + rnd.choice([c for c in alphabet if c != begin[i]]) + begin[i + 1:]
        if end not in words:
            words.append(end)
    elif kind == "end-missing":  # end is one step from begin, but not a word
        i = rnd.randrange(length)
        end = begin[:i] + rnd.choice([c for c in alphabet if c != begin[i]]) + begin[i + 1:]
        words = [w for w in words if w != end] or [begin]
    else:  # any word as the end
        end = rnd.choice(words)
    if end == begin:
        end = next((w for w in words if w != begin), None)
        if end is None:
            end = begin[:-1] + ("b" if begin[-1] == "a" else "a")
    rnd.shuffle(words)
    return {"begin": begin, "end": end, "words": words}


@st.composite
def _built(draw: st.DrawFn, max_n: int, kinds: list[str]) -> dict:
    length = draw(st.integers(1, 5))
    size = draw(st.sampled_from([2, 2, 3, 4, 6, 26]))
    n = draw(st.integers(1, max_n))
    kind = draw(st.sampled_from(kinds))
    return build(random.Random(draw(st.integers(0, 2**32))), length, size, n, kind)


@st.composite
def _tiny(draw: st.DrawFn) -> dict:
    """Words of the letters a-c drawn one by one, so failures shrink to a few words."""
    length = draw(st.integers(1, 3))
    word = st.text("abc", min_size=length, max_size=length)
    words = draw(st.lists(word, min_size=1, max_size=8, unique=True))
    begin = draw(word)
    end = draw(st.one_of(st.sampled_from(words), word).filter(lambda w: w != begin))
    return {"begin": begin, "end": end, "words": words}


@st.composite
def _unreachable(draw: st.DrawFn) -> dict:
    """A dense block of words over a-d and an end that no one-letter change reaches."""
    length = draw(st.integers(2, 5))
    n = draw(st.integers(1, 300))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    return sized_words(rnd, length, n, "abcd")


KINDS = ["walk", "walk", "one-step", "end-missing", "any", "any"]


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.just({"begin": "a", "end": "c", "words": ["a", "b", "c"]}),
        st.just({"begin": "hot", "end": "dog", "words": ["hot", "dot", "dog"]}),
        _tiny(),
        _built(10, KINDS),
        _built(60, KINDS),
        _built(400, KINDS),
        _unreachable(),
    )


def sized_words(rnd: random.Random, length: int, n: int, alphabet: str) -> dict:
    """n words over a small alphabet, densely linked, and an end of other letters that is a
    word but that no one-letter change reaches: a search must visit every word."""
    words = _words(rnd, alphabet, length, n)
    begin = rnd.choice(words)
    end = "z" * length
    words.append(end)
    rnd.shuffle(words)
    return {"begin": begin, "end": end, "words": words}


def sized(n: int, rnd: random.Random) -> dict:
    """Five-letter words: half over the first few letters, densely linked, begin among
    them; half over the next few letters, which no ladder from begin reaches; and an end
    of z's that nothing reaches. A search visits the whole first half, while every
    unreached word of the second half stays a candidate until the end."""
    size = next(k for k in range(2, 13) if k ** 5 >= 0.6 * n)
    near = _words(rnd, LETTERS[:size], 5, n // 2)
    far = _words(rnd, LETTERS[size:2 * size], 5, n - n // 2)
    words = near + far + ["zzzzz"]
    rnd.shuffle(words)
    return {"begin": rnd.choice(near), "end": "zzzzz", "words": words}
