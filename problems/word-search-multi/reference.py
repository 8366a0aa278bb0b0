import random
import string

from hypothesis import strategies as st

from trainer.problems.shapes import grid_walk as _walk
from trainer.problems.shapes import grid_walk_back as _back_and_forth

MAX_SIDE = 12
MAX_WORDS = 1000
MAX_LEN = 10
Board = list[list[str]]
END = "$"  # marks the trie node where a word ends; never a letter of the board


def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    """One trie of all the words, searched from every cell; a found word is taken out of
    the trie, and emptied branches are cut, so no path is followed for nothing twice."""
    root: dict = {}
    for word in words:
        node = root
        for letter in word:
            node = node.setdefault(letter, {})
        node[END] = word
    rows, cols = len(board), len(board[0])
    found: list[str] = []

    def search(r: int, c: int, parent: dict) -> None:
        letter = board[r][c]
        node = parent[letter]
        word = node.pop(END, None)
        if word is not None:
            found.append(word)
        board[r][c] = END  # in use by this path
        for x, y in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= x < rows and 0 <= y < cols and board[x][y] in node:
                search(x, y, node)
        board[r][c] = letter
        if not node:
            del parent[letter]  # nothing left to find below this prefix

    for r in range(rows):
        for c in range(cols):
            if board[r][c] in root:
                search(r, c, root)
    return found


# -- input shapes ----------------------------------------------------------------------
def _spell(board: Board, path: list[tuple[int, int]]) -> str:
    return "".join(board[r][c] for r, c in path)


def _one_off(word: str, letters: str, rnd: random.Random) -> str:
    i = rnd.randrange(len(word))
    return word[:i] + rnd.choice(letters) + word[i + 1:]


def _words_for(board: Board, letters: str, count: int, longest: int,
               rnd: random.Random) -> list[str]:
    """About half planted as walks on the board, some stepping back onto a used cell, some
    extending or cutting a word already chosen (shared prefixes), the rest random or one
    letter off a planted word."""
    rows, cols = len(board), len(board[0])
    words: dict[str, None] = {}
    for _ in range(count * 4):
        if len(words) >= count:
            break
        kind = rnd.random()
        length = rnd.randint(1, longest)
        if kind < 0.45:
            word = _spell(board, _walk(rows, cols, length, rnd))
        elif kind < 0.55:
            word = _spell(board, _back_and_forth(rows, cols, length, rnd))
        elif kind < 0.7 and words:
            base = rnd.choice(list(words))
            cut = rnd.randint(1, len(base))
            word = (base[:cut] + "".join(rnd.choice(letters) for _ in range(
                rnd.randint(0, 3))))[:longest]
        elif kind < 0.85 and words:
            word = _one_off(rnd.choice(list(words)), letters, rnd)
        else:
            word = "".join(rnd.choice(letters) for _ in range(length))
        words[word[:longest]] = None
    result = list(words)
    rnd.shuffle(result)
    return result


def _random_board(rows: int, cols: int, letters: str, rnd: random.Random) -> Board:
    return [[rnd.choice(letters) for _ in range(cols)] for _ in range(rows)]


@st.composite
def _tiny(draw: st.DrawFn) -> dict:
    """Up to 4 x 4 over two or three letters, drawn cell by cell, with a few short words:
    failures shrink to a readable board."""
    letters = draw(st.sampled_from(["ab", "abc"]))
    rows, cols = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    row = st.lists(st.sampled_from(letters), min_size=cols, max_size=cols)
    board = draw(st.lists(row, min_size=rows, max_size=rows))
    word = st.text(alphabet=letters, min_size=1, max_size=5)
    words = draw(st.lists(word, min_size=1, max_size=8, unique=True))
    return {"board": board, "words": words}


@st.composite
def _distinct_letters(draw: st.DrawFn) -> dict:
    """Every cell a different letter: a word that steps back onto a cell can only be
    traced by using that cell twice, and each found word has one path."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    rows = rnd.randint(1, 5)
    cols = rnd.randint(1, min(5, 26 // rows))
    cells = rnd.sample(string.ascii_lowercase, rows * cols)
    board = [cells[r * cols:(r + 1) * cols] for r in range(rows)]
    words: dict[str, None] = {}
    for _ in range(rnd.randint(1, 12)):
        length = rnd.randint(2, MAX_LEN)
        shape = _back_and_forth if rnd.random() < 0.5 else _walk
        words[_spell(board, shape(rows, cols, length, rnd))] = None
    return {"board": board, "words": list(words)}


@st.composite
def _planted(draw: st.DrawFn) -> dict:
    """A random board up to 12 x 12 and up to 1000 words. Two or three letters only on
    small boards or with short words, where the paths that spell a prefix stay few."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    rows, cols = rnd.randint(1, MAX_SIDE), rnd.randint(1, MAX_SIDE)
    size = rnd.choice([2, 3, 4, 4, 5, 6, 26])
    longest = MAX_LEN
    if size <= 3 and rows * cols > 25:
        longest = 6 if size == 3 else 5
    letters = string.ascii_lowercase[:size]
    board = _random_board(rows, cols, letters, rnd)
    count = rnd.choice([1, 2, 5, 20, 50, 100, 300]) if rnd.random() < 0.9 else MAX_WORDS
    return {"board": board, "words": _words_for(board, letters, count, longest, rnd)}


@st.composite
def _uniform(draw: st.DrawFn) -> dict:
    """One letter everywhere: every word of that letter no longer than the board is found,
    one letter longer is not (it would need a cell twice)."""
    rows, cols = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    lengths = draw(st.lists(st.integers(1, min(MAX_LEN, rows * cols + 1)), min_size=1,
                            max_size=4, unique=True))
    words = ["a" * k for k in lengths] + draw(st.lists(st.sampled_from(["b", "ab", "ba"]),
                                                       max_size=2, unique=True))
    return {"board": [["a"] * cols for _ in range(rows)], "words": words}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(_tiny(), _distinct_letters(), _planted(), _uniform())


def sized(n: int, rnd: random.Random) -> dict:
    """A 12 x 12 board over 'abc' with a few 'd's and 'e's, and n words that all start with
    one of four 6-letter stems traced on the board, followed by 1 to 4 more letters: every
    stem has many paths, which a search per word walks again for every word."""
    board = _random_board(MAX_SIDE, MAX_SIDE, "abc", rnd)
    for _ in range(MAX_SIDE * MAX_SIDE // 20):
        board[rnd.randrange(MAX_SIDE)][rnd.randrange(MAX_SIDE)] = rnd.choice("de")
    stems: list[str] = []
    while len(stems) < 4:
        path = _walk(MAX_SIDE, MAX_SIDE, 6, rnd)
        if len(path) == 6 and _spell(board, path) not in stems:
            stems.append(_spell(board, path))
    words: dict[str, None] = {}
    while len(words) < n:
        tail = "".join(rnd.choice("abcde") for _ in range(rnd.randint(1, 4)))
        words[rnd.choice(stems) + tail] = None
    result = list(words)
    rnd.shuffle(result)
    return {"board": board, "words": result}
