"""Reading the `# Complexity:` line a learner fills in."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.problems.claimed import Claims, claims_in, read_bound

# line -> (time: (text, degree, logs) or None, space: the same)
LINES = [
    ("# Complexity: time O(?), space O(?)", None, None),
    ("# Complexity: time O(n), space O(1)", ("O(n)", 1, 0), ("O(1)", 0, 0)),
    ("# Complexity: time O(n log n), space O(n)", ("O(n log n)", 1, 1), ("O(n)", 1, 0)),
    ("# complexity: time O(n^2), space O(1)", ("O(n^2)", 2, 0), ("O(1)", 0, 0)),
    ("#COMPLEXITY:time O( N^2 ),space o(1)", ("O(N^2)", 2, 0), ("O(1)", 0, 0)),
    ("# Complexity: time O(n²), space O(log n)", ("O(n²)", 2, 0), ("O(log n)", 0, 1)),
    ("# Complexity: time O(n*m), space O(m+n)", ("O(n*m)", 2, 0), ("O(m+n)", 1, 0)),
    ("# Complexity: time O(m + n), space O(?)", ("O(m + n)", 1, 0), None),
    ("# Complexity: time O(log n), space O(1)", ("O(log n)", 0, 1), ("O(1)", 0, 0)),
    ("# Complexity: time O(1)", ("O(1)", 0, 0), None),
    ("# Complexity: O(n) time; O(1) extra space", ("O(n)", 1, 0), ("O(1)", 0, 0)),
    ("# Complexity: space O(1), time O(nlogn)", ("O(nlogn)", 1, 1), ("O(1)", 0, 0)),
    ("# Complexity: O(n**2), O(n)", ("O(n**2)", 2, 0), ("O(n)", 1, 0)),
    ("# Complexity = time: n^2, space: n", ("O(n^2)", 2, 0), ("O(n)", 1, 0)),
    ("# Complexity: time Θ(2^n), space O(n)", ("O(2^n)", math.inf, 0), ("O(n)", 1, 0)),
    ("# Complexity: time O(mn) and space O(1)", ("O(mn)", 2, 0), ("O(1)", 0, 0)),
    ("# Complexity: time O(m x n), space O(min(m, n))", ("O(m x n)", 2, 0), None),
    ("# Complexity: time O(E log V), space O(V + E)", ("O(E log V)", 1, 1), ("O(V + E)", 1, 0)),
    ("# Complexity: time O(lg n)", ("O(lg n)", 0, 1), None),
    ("# Complexity: time O(n^2 log n)", ("O(n^2 log n)", 2, 1), None),
    ("# Complexity: time O(sqrt(n))", ("O(sqrt(n))", 0.5, 0), None),
    ("# Complexity: time O(log |n|), space O(1)", ("O(log |n|)", 0, 1), ("O(1)", 0, 0)),
    ("# Complexity: time O(?), space O(n)", None, ("O(n)", 1, 0)),
    ("# no claim here", None, None),
]


@pytest.mark.parametrize(("line", "time", "space"), LINES)
def test_a_claim_line_is_read_tolerantly(line: str, time: tuple[str, float, int] | None,
                                         space: tuple[str, float, int] | None) -> None:
    claims = claims_in(f'"""A docstring."""\n\n{line}\ndef f(x):\n    return x\n')
    for claim, wanted in ((claims.time, time), (claims.space, space)):
        if wanted is None:
            if claim is not None:  # `min(m, n)`: read as a claim, but not as a bound
                assert claim.bound is None
            continue
        assert claim is not None and claim.bound is not None, line
        assert (claim.text, claim.bound.degree, claim.bound.logs) == wanted


def test_a_grid_is_one_power_of_the_inputs_size_but_degree_two() -> None:
    bound = read_bound("rows*cols")
    assert bound is not None and bound.degree == 2 and bound.size_power == 1
    square = read_bound("n * n")
    assert square is not None and square.size_power == 2


@pytest.mark.parametrize("text", ["number of bits", "n^k", "foo bar", "n / k", "((n)"])
def test_what_is_not_a_bound_is_not_read_as_one(text: str) -> None:
    assert read_bound(text) is None


def test_words_in_the_docstring_are_not_a_claim() -> None:
    assert claims_in('"""Complexity: time O(n)."""\n') == Claims()
    assert not claims_in("x = 1\n")
    assert not claims_in("# complexity ladder checks long lists, up to 64,000 values.\n")
    assert claims_in("# Complexity - time O(n)\n").time is not None


@given(st.text(max_size=80))
def test_any_line_is_read_without_an_error(text: str) -> None:
    claims_in(f"# Complexity: {text}")


@given(st.sampled_from(["n", "n log n", "n^2", "m*n", "log n", "1", "n + m"]),
       st.sampled_from([str.upper, str.lower, lambda s: s.replace(" ", "  ")]))
def test_case_and_spacing_do_not_change_a_bound(text: str, change: object) -> None:
    assert callable(change)
    plain, changed = read_bound(text), read_bound(change(text))
    assert plain is not None and changed is not None
    assert (plain.degree, plain.size_power, plain.logs) == (
        changed.degree, changed.size_power, changed.logs)
