import random

from hypothesis import strategies as st


def solve_n_queens(n: int) -> list[list[str]]:
    boards: list[list[str]] = []
    columns: list[int] = []  # columns[r]: the column of the queen in row r
    taken_cols: set[int] = set()
    taken_down: set[int] = set()  # r - c is the same along a "\" diagonal
    taken_up: set[int] = set()  # r + c is the same along a "/" diagonal

    def place(r: int) -> None:
        if r == n:
            boards.append(["." * c + "Q" + "." * (n - c - 1) for c in columns])
            return
        for c in range(n):
            if c in taken_cols or r - c in taken_down or r + c in taken_up:
                continue
            columns.append(c)
            taken_cols.add(c)
            taken_down.add(r - c)
            taken_up.add(r + c)
            place(r + 1)
            columns.pop()
            taken_cols.remove(c)
            taken_down.remove(r - c)
            taken_up.remove(r + c)

    place(0)
    return boards


def baseline(n: int) -> list[list[str]]:
    """Rows filled one by one, each new queen checked against every queen placed so far:
    the slowest approach accepted, O(n) per test instead of O(1)."""
    found = []

    def extend(queens: list[int]) -> None:
        row = len(queens)
        if row == n:
            found.append(["." * c + "Q" + "." * (n - c - 1) for c in queens])
            return
        for col in range(n):
            if all(c != col and abs(c - col) != row - r for r, c in enumerate(queens)):
                extend(queens + [col])

    extend([])
    return found


def inputs() -> st.SearchStrategy[dict]:
    return st.sampled_from([{"n": n} for n in range(1, 10)])


def sized(n: int, rnd: random.Random) -> dict:
    return {"n": n}
