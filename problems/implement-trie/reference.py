import random

from hypothesis import strategies as st


class Trie:
    def __init__(self) -> None:
        self._root: dict = {}  # letter -> child node; the key END marks a stored word

    def insert(self, word: str) -> None:
        node = self._root
        for letter in word:
            node = node.setdefault(letter, {})
        node[END] = True

    def _walk(self, text: str) -> dict | None:
        node = self._root
        for letter in text:
            node = node.get(letter)
            if node is None:
                return None
        return node

    def search(self, word: str) -> bool:
        node = self._walk(word)
        return node is not None and END in node

    def starts_with(self, prefix: str) -> bool:
        return self._walk(prefix) is not None


END = "$"  # not a lowercase letter, so it never clashes with a child's key


# -- generators -------------------------------------------------------------------------


def _words() -> st.SearchStrategy[str]:
    """Tiny alphabets, so that inserted words and queries share prefixes very often."""
    return st.one_of(
        st.text(alphabet="a", min_size=1, max_size=8),  # a, aa, aaa: prefixes of each other
        st.text(alphabet="ab", min_size=1, max_size=4),
        st.text(alphabet="abc", min_size=1, max_size=6),
        st.text(alphabet="abc", min_size=1, max_size=30),  # up to the longest words
        st.sampled_from(["z", "zz", "abz", "q" * 30, "abcabcabcabcabcabcabcabcabcabc"]),
    )


def operations() -> dict:
    words = _words()
    return {
        "insert": st.fixed_dictionaries({"word": words}),
        "search": st.fixed_dictionaries({"word": words}),
        "starts_with": st.fixed_dictionaries({"prefix": words}),
    }


def sized(n: int, rnd: random.Random) -> dict:
    """n calls: n/4 inserts of distinct 8-letter words (a few inserted twice), then 3n/4
    queries. Most queries are misses that leave the stored paths after a few letters: the
    trie answers them at once, while a scan compares them with every stored word."""
    words: list[str] = []
    seen: set[str] = set()
    while len(words) < n // 4:
        word = "".join(rnd.choice("abcd") for _ in range(8))
        if word not in seen or rnd.random() < 0.05:
            seen.add(word)
            words.append(word)
    calls: list[list] = [["insert", {"word": word}] for word in words]
    for k in range(n - len(words)):
        word = rnd.choice(words)
        if k % 8 == 0:  # a hit: a stored word, or a prefix of one
            query = word if k % 16 == 0 else word[: rnd.randint(1, 7)]
        else:  # a miss: a stored word's beginning, then a letter no word uses
            cut = rnd.randint(1, 4)
            query = word[:cut] + "e" + word[cut:]
        if k % 2:
            calls.append(["search", {"word": query}])
        else:
            calls.append(["starts_with", {"prefix": query}])
    return {"init": {}, "calls": calls}
