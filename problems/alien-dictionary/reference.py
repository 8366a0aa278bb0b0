import itertools
import random

from hypothesis import strategies as st

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def alien_order(words: list[str]) -> str:
    letters = dict.fromkeys(c for word in words for c in word)  # in order of appearance
    after: dict[str, set[str]] = {c: set() for c in letters}
    waiting = dict.fromkeys(letters, 0)  # letters known to come before each letter
    for first, second in itertools.pairwise(words):
        for a, b in zip(first, second):
            if a != b:  # only the first difference says anything
                if b not in after[a]:
                    after[a].add(b)
                    waiting[b] += 1
                break
        else:
            if len(first) > len(second):  # a word before its own proper prefix
                return ""
    order = [c for c in letters if waiting[c] == 0]
    for c in order:  # grows while it is read: a queue
        for d in after[c]:
            waiting[d] -= 1
            if waiting[d] == 0:
                order.append(d)
    return "".join(order) if len(order) == len(letters) else ""


def _rules(words: list[str]) -> tuple[list[tuple[str, str]], str | None]:
    """The (earlier, later) letter pairs the list implies, and the first pair of words that
    no order can sort, if any."""
    rules = []
    for first, second in itertools.pairwise(words):
        for a, b in zip(first, second):
            if a != b:
                rules.append((a, b))
                break
        else:
            if len(first) > len(second):
                return rules, f"{first!r} comes before its own prefix {second!r}"
    return rules, None


def check(args: dict, output: str) -> str | None:
    words = args["words"]
    if type(output) is not str:
        return "the answer must be a string"
    rules, broken = _rules(words)
    if not alien_order(words):
        if output:
            why = broken or "the letter rules that the list implies form a cycle"
            return f"no order can sort the list ({why}), so \"\" is expected"
        return None
    if not output:
        return f"the list can be sorted, for example under the order {alien_order(words)!r}"
    letters = {c for word in words for c in word}
    for c in output:
        if c not in letters:
            return f"{c!r} does not occur in the words"
    if len(output) != len(set(output)):
        twice = next(c for c in output if output.count(c) > 1)
        return f"{twice!r} is listed more than once"
    missing = sorted(letters - set(output))
    if missing:
        return f"{missing[0]!r} occurs in the words but is missing from the answer"
    rank = {c: i for i, c in enumerate(output)}
    for a, b in rules:
        if rank[a] > rank[b]:
            return f"{a!r} must come before {b!r}, but the answer puts it after"
    return None


# -- word lists ------------------------------------------------------------------------------
def sorted_words(rnd: random.Random, n: int, size: int, longest: int) -> list[str]:
    """n random words over `size` letters, sorted under a random order of those letters;
    words often share a prefix, so the order shows through."""
    alphabet = rnd.sample(LETTERS, size)
    rank = {c: i for i, c in enumerate(alphabet)}
    words: list[str] = []
    for _ in range(n):
        if words and rnd.random() < 0.5:  # a variation on an earlier word
            base = rnd.choice(words)
            keep = rnd.randint(0, len(base))
            tail = "".join(rnd.choices(alphabet, k=rnd.randint(0, longest - keep)))
            word = (base[:keep] + tail) or base
        else:
            word = "".join(rnd.choices(alphabet, k=rnd.randint(1, longest)))
        words.append(word[:longest])
    return sorted(words, key=lambda w: [rank[c] for c in w])


def _reaches(rules: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Every (a, b) with a path of rules from a to b."""
    after: dict[str, set[str]] = {}
    for a, b in rules:
        after.setdefault(a, set()).add(b)
    pairs = []
    for a in after:
        seen, stack = set(), [a]
        while stack:
            for b in after.get(stack.pop(), ()):
                if b not in seen:
                    seen.add(b)
                    stack.append(b)
        pairs += [(a, b) for b in seen]
    return pairs


def spoil(rnd: random.Random, words: list[str], how: str, longest: int) -> list[str]:
    words = list(words)
    if how == "swap" and len(words) >= 2:  # may or may not leave a sortable list
        i = rnd.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
    elif how == "prefix":  # a word, then one of its own proper prefixes
        long = [w for w in words if len(w) >= 2] or ["ab"]
        word = rnd.choice(long)
        i = rnd.randint(0, len(words))
        words[i:i] = [word, word[:rnd.randint(1, len(word) - 1)]]
    elif how == "contradict":  # two words implying b before a, where a before b is implied
        pairs = _reaches(_rules(words)[0])
        if pairs:
            a, b = rnd.choice(pairs)
            stem = "".join(rnd.choices(words[0], k=rnd.randint(0, longest - 1)))
            i = rnd.randint(0, len(words))
            words[i:i] = [stem + b, stem + a]
    return words


@st.composite
def _planted(draw: st.DrawFn, max_n: int, spoiled: bool, min_n: int = 1,
             sizes: tuple[int, ...] = (2, 3, 4, 6, 10, 26)) -> dict:
    n = draw(st.integers(min_n, max_n))
    size = draw(st.sampled_from(sizes))
    longest = draw(st.integers(1, 10))
    how = draw(st.sampled_from(["swap", "prefix", "contradict", "contradict"])) if spoiled else ""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    words = sorted_words(rnd, n, size, longest)
    if how:
        words = spoil(rnd, words, how, longest)
    if len(words) > 100:
        words = words[:100]
    if draw(st.booleans()) and len(words) < 100:  # a repeated word
        i = rnd.randrange(len(words))
        words.insert(i, words[i])
    return {"words": words}


@st.composite
def _tiny(draw: st.DrawFn) -> dict:
    """A few short words over a-c in any order, drawn one by one: small failures."""
    words = draw(st.lists(st.text("abc", min_size=1, max_size=3), min_size=1, max_size=5))
    return {"words": words}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.builds(lambda w: {"words": [w]}, st.text(LETTERS[:5], min_size=1, max_size=10)),
        st.builds(lambda w, k: {"words": [w] * k}, st.text("abc", min_size=1, max_size=4),
                  st.integers(2, 4)),
        _tiny(),
        _planted(5, False),
        _planted(100, False),
        # many words over few letters: rules implied many times, long chains of rules
        _planted(100, False, min_n=30, sizes=(3, 4, 5, 6)),
        _planted(5, True),
        _planted(60, True),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """n sorted words of up to 10 letters over the whole alphabet."""
    return {"words": sorted_words(rnd, n, 26, 10)}
