"""The input-level shrink: deletes, renumbers and simplifies plain data, keeps only what is
valid and still fails, and always ends smaller or equal."""

from __future__ import annotations

import itertools
import time
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from trainer.grading.minimize import Budget, minimize, size_key


def is_even_palindrome(s: str) -> bool:
    kept = [c.lower() for c in s if c.isalnum()]
    return bool(kept) and len(kept) % 2 == 0 and kept == kept[::-1]


def test_a_long_noisy_palindrome_becomes_two_letters() -> None:
    core = "41Pjso2Krv6sk1Wj693"
    s = ";".join(core + core[::-1].swapcase()) + "~~"
    assert is_even_palindrome(s)
    assert minimize({"s": s}, lambda a: is_even_palindrome(a["s"])) == {"s": "aa"}


def test_equal_values_stay_equal_and_large_ones_become_small() -> None:
    # fails when the target is the only element: the value goes to 0 in both places
    def fails(args: dict[str, Any]) -> bool:
        return args["nums"] == [args["target"]]

    assert minimize({"nums": [-593076331], "target": -593076331}, fails) == {
        "nums": [0], "target": 0}


def test_renumbering_keeps_a_list_sorted() -> None:
    def valid(args: dict[str, Any]) -> bool:
        nums = args["nums"]
        return all(a < b for a, b in itertools.pairwise(nums))

    def fails(args: dict[str, Any]) -> bool:  # wrong when the target is last of 3 or more
        return len(args["nums"]) >= 3 and args["nums"][-1] == args["target"]

    found = minimize({"nums": [-4, 0, 3, 8, 12, 20], "target": 20}, fails, valid=valid)
    assert found == {"nums": [0, 1, 2], "target": 2}


def test_a_grid_loses_rows_and_columns() -> None:
    grid = [[0, 0, 1, 0], [1, 0, 1, 1], [0, 0, 0, 1]]

    def valid(args: dict[str, Any]) -> bool:
        rows = args["grid"]
        cells = [cell for row in rows for cell in row]
        return bool(cells) and len({len(r) for r in rows}) == 1 and all(
            type(cell) is int for cell in cells)

    def fails(args: dict[str, Any]) -> bool:  # wrong when a 1 is on the last row
        return 1 in args["grid"][-1] and len(args["grid"]) > 1

    assert minimize({"grid": grid}, fails, valid=valid) == {"grid": [[0], [1]]}


def test_fixed_parts_are_neither_deleted_nor_changed() -> None:
    calls = [["__init__", {"k": 9}], ["add", {"val": 7}], ["add", {"val": 5}],
             ["get", {}]]

    def fails(candidate: list[list[Any]]) -> bool:
        return sum(1 for name, _ in candidate if name == "add") >= 1

    found = minimize(calls, fails, fixed=lambda path: path == (0,) or len(path) == 2)
    assert found == [["__init__", {"k": 0}], ["add", {"val": 0}]]


def test_the_budget_caps_the_runs() -> None:
    runs = []

    def fails(value: list[int]) -> bool:
        runs.append(value)
        return sum(value) > 10

    minimize(list(range(100)), fails, budget=Budget(calls=7))
    assert len(runs) == 7


values = st.recursive(st.integers(-1000, 1000) | st.text("ab0Z ~", max_size=6),
                      lambda inner: st.lists(inner, max_size=5), max_leaves=20)


@given(values, st.integers(0, 3))
def test_the_result_is_valid_still_fails_and_is_no_larger(value: Any, limit: int) -> None:
    def fails(candidate: Any) -> bool:  # fails while it holds more than `limit` leaves
        return size_key(candidate)[0] > limit

    def valid(candidate: Any) -> bool:  # the top keeps its type
        return type(candidate) is type(value)

    if not fails(value):
        return
    found = minimize(value, fails, valid=valid)
    assert fails(found) and valid(found)
    assert size_key(found) <= size_key(value)


def test_the_time_budget_ends_every_pass_at_once() -> None:
    # a failure that needs almost all of a long list: every candidate costs a copy
    started = time.monotonic()
    found = minimize(list(range(100_000)), lambda v: len(v) > 99_990,
                     budget=Budget(calls=10**6, seconds=0.5))
    assert time.monotonic() - started < 5  # was minutes: passes went on building candidates
    assert len(found) > 99_990


def test_a_square_grid_stays_square() -> None:
    grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]

    def valid(args: dict[str, Any]) -> bool:
        return all(len(row) == len(args["m"]) for row in args["m"])

    def fails(args: dict[str, Any]) -> bool:  # wrong on any matrix of 2 x 2 or larger
        return len(args["m"]) >= 2

    assert minimize({"m": grid}, fails, valid=valid) == {"m": [[0, 0], [0, 0]]}
