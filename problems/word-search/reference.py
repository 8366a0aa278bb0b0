import random
import string

from hypothesis import strategies as st

from trainer.problems.shapes import grid_walk, grid_walk_back


def exist(board: list[list[str]], word: str) -> bool:
    rows, cols = len(board), len(board[0])
    used = [[False] * cols for _ in range(rows)]

    def trace(r: int, c: int, i: int) -> bool:
        """Can word[i:] be spelled starting at (r, c), avoiding the used cells?"""
        if not (0 <= r < rows and 0 <= c < cols) or used[r][c] or board[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        used[r][c] = True
        found = (trace(r + 1, c, i + 1) or trace(r - 1, c, i + 1)
                 or trace(r, c + 1, i + 1) or trace(r, c - 1, i + 1))
        used[r][c] = False  # free the cell for the other paths
        return found

    return any(trace(r, c, 0) for r in range(rows) for c in range(cols))


def baseline(board: list[list[str]], word: str) -> bool:
    """A stack of partial paths, each with its own set of used cells, the slowest approach
    accepted: each step copies the path's cells."""
    rows, cols = len(board), len(board[0])
    stack = [(r, c, 0, frozenset([(r, c)]))
             for r in range(rows) for c in range(cols) if board[r][c] == word[0]]
    while stack:
        r, c, i, used = stack.pop()
        if i == len(word) - 1:
            return True
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if (0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in used
                    and board[nr][nc] == word[i + 1]):
                stack.append((nr, nc, i + 1, used | {(nr, nc)}))
    return False


# -- boards and words -----------------------------------------------------------------------
def _board(rows: int, cols: int, letters: str, rnd: random.Random) -> list[list[str]]:
    return [[rnd.choice(letters) for _ in range(cols)] for _ in range(rows)]


def _spell(board: list[list[str]], path: list[tuple[int, int]]) -> str:
    return "".join(board[r][c] for r, c in path)


@st.composite
def _planted(draw: st.DrawFn) -> dict:
    """A random board; the word traced on it, traced with one step back onto a used cell,
    one letter off a traced word, or random."""
    rows, cols = draw(st.integers(1, 6)), draw(st.integers(1, 6))
    size = draw(st.sampled_from([2, 3, 4, 26]))
    kind = draw(st.sampled_from(["walk", "walk", "back", "off", "random"]))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    letters = string.ascii_lowercase[:size]
    board = _board(rows, cols, letters, rnd)
    length = rnd.randint(1, 15 if size > 2 else 10)  # two letters: many paths per prefix
    if kind == "random":
        word = "".join(rnd.choices(letters, k=length))
    else:
        walk = grid_walk_back if kind == "back" else grid_walk
        word = _spell(board, walk(rows, cols, length, rnd))[:15]
        if kind == "off":
            i = rnd.randrange(len(word))
            word = word[:i] + rnd.choice(letters) + word[i + 1:]
    return {"board": board, "word": word}


@st.composite
def _long_walk(draw: st.DrawFn) -> dict:
    """A walk over most of a small board of two or three letters: on the way, a search
    often enters cells that a dead end used, so it must free them when it backs out."""
    rows, cols = draw(st.integers(3, 5)), draw(st.integers(3, 5))
    letters = draw(st.sampled_from(["ab", "abc"]))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    board = _board(rows, cols, letters, rnd)
    length = min(15, rows * cols - rnd.randint(0, 2))
    return {"board": board, "word": _spell(board, grid_walk(rows, cols, length, rnd))}


@st.composite
def _distinct(draw: st.DrawFn) -> dict:
    """Every cell a different letter, so a word has at most one path: stepping back onto a
    cell is a certain near miss."""
    rows = draw(st.integers(1, 5))
    cols = draw(st.integers(1, min(5, 26 // rows)))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    cells = rnd.sample(string.ascii_lowercase, rows * cols)
    board = [cells[r * cols:(r + 1) * cols] for r in range(rows)]
    walk = grid_walk_back if draw(st.booleans()) else grid_walk
    return {"board": board, "word": _spell(board, walk(rows, cols, rnd.randint(1, 15), rnd))}


@st.composite
def _all_a(draw: st.DrawFn) -> dict:
    """One letter everywhere: a word of a's as long as the board is found (a snake), one
    longer needs a cell twice; 'a...ab' fails only after trying every path."""
    rows, cols = draw(st.integers(1, 4)), draw(st.integers(1, 3))
    cells = rows * cols
    kind = draw(st.sampled_from(["fill", "one-more", "then-b"]))
    if kind == "fill":
        word = "a" * min(cells, 15)
    elif kind == "one-more":
        word = "a" * (cells + 1)
    else:
        word = "a" * draw(st.integers(0, min(cells, 8))) + "b"
    return {"board": [["a"] * cols for _ in range(rows)], "word": word}


@st.composite
def _tiny(draw: st.DrawFn) -> dict:
    """Up to 3 x 3 over 'ab', drawn cell by cell: failures shrink to a readable board."""
    rows, cols = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    row = st.lists(st.sampled_from("ab"), min_size=cols, max_size=cols)
    board = draw(st.lists(row, min_size=rows, max_size=rows))
    return {"board": board, "word": draw(st.text("ab", min_size=1, max_size=6))}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.just({"board": [["a"]], "word": "a"}),
        st.just({"board": [["a"]], "word": "b"}),
        st.just({"board": [["a"]], "word": "aa"}),
        _tiny(),
        _planted(),
        _planted(),
        _long_walk(),
        _long_walk(),
        _long_walk(),
        _distinct(),
        _all_a(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """An n-cell board (6 columns, or a square) of a's with 'aaaaaab', which is not there:
    every path of seven cells from every cell is tried."""
    side = round(n ** 0.5)
    rows, cols = (side, side) if side * side == n else (max(1, n // 6), 6)
    return {"board": [["a"] * cols for _ in range(rows)], "word": "aaaaaab"}
