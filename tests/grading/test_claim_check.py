"""The claimed complexity against what a grading measured."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import PROBLEMS
from trainer.grading.claim_check import judge_claims, optimal_bound
from trainer.grading.outcome import Outcome
from trainer.problems.catalogue import load_catalogue
from trainer.problems.claimed import claims_in
from trainer.problems.spec import Problem

CATALOGUE = load_catalogue(PROBLEMS)


def problem(slug: str) -> Problem:
    return CATALOGUE.get(slug)


def growth(exponent: float, reference: float, slope: float) -> dict[str, Any]:
    return {"exponent": exponent, "reference_exponent": reference, "slope": slope,
            "ratio": 1.0, "points": []}


def outcome(verdict: str = "passed", time: dict[str, Any] | None = None,
            memory: dict[str, Any] | None = None) -> Outcome:
    return Outcome("x", verdict, 1, growth=time or {}, memory=memory or {})


# slug, claimed time, verdict, (exponent, reference exponent, slope), matches
TIME = [
    ("two-sum", "O(n)", "passed", (1.0, 1.0, 0.0), True),
    ("two-sum", "O(n log n)", "passed", (1.1, 1.0, 0.1), True),  # logs are not judged
    ("two-sum", "O(1)", "passed", (1.0, 1.0, 0.0), False),
    ("two-sum", "O(n^2)", "passed", (1.0, 1.0, 0.0), False),
    ("two-sum", "O(n)", "too_slow", (2.1, 1.0, 1.1), False),
    ("two-sum", "O(n^2)", "too_slow", (2.1, 1.0, 1.1), True),
    ("binary-search", "O(log n)", "passed", (0.3, 0.3, 0.0), True),
    ("binary-search", "O(n)", "passed", (0.3, 0.3, 0.0), False),
    ("binary-search", "O(n)", "too_slow", (1.0, 0.3, 0.7), True),
    # a grid: the ladder counts cells, the spec says rows*cols
    ("number-of-islands", "O(m*n)", "passed", (1.0, 1.0, 0.0), True),
    ("number-of-islands", "O(n)", "passed", (1.0, 1.0, 0.0), True),  # n: the cells
    ("number-of-islands", "O(m*n)", "too_slow", (2.0, 1.0, 1.0), False),
    ("number-of-islands", "O((m*n)^2)", "too_slow", (2.0, 1.0, 1.0), True),
    ("longest-common-subsequence", "O(n^2)", "passed", (2.0, 2.0, 0.0), True),
    ("lru-cache", "O(1)", "passed", (1.0, 1.0, 0.0), True),  # per operation
    ("lru-cache", "O(n)", "too_slow", (2.0, 1.0, 1.0), True),
]


@pytest.mark.parametrize(("slug", "claimed", "verdict", "measured", "matches"), TIME)
def test_a_time_claim_is_judged_against_the_reference(
        slug: str, claimed: str, verdict: str, measured: tuple[float, float, float],
        matches: bool) -> None:
    judged = judge_claims(claims_in(f"# Complexity: time {claimed}"), problem(slug),
                          outcome(verdict, growth(*measured)))
    assert judged is not None and judged["time"]["matches"] is matches
    message = judged["time"]["message"]
    assert message.startswith(f"you wrote {claimed} time")
    assert ("consistent with what was measured" in message) is matches
    assert f"n^{measured[0]:.1f}" in message


def test_a_claim_says_nothing_when_the_complexity_check_did_not_run() -> None:
    judged = judge_claims(claims_in("# Complexity: time O(n), space O(1)"),
                          problem("two-sum"), outcome("wrong_answer"))
    assert judged == {"time": {"claimed": "O(n)", "matches": None, "message": None},
                      "space": {"claimed": "O(1)", "matches": None, "message": None}}


def test_no_claim_is_no_finding() -> None:
    assert judge_claims(claims_in("# Complexity: time O(?), space O(?)"), problem("two-sum"),
                        outcome("passed", growth(1.0, 1.0, 0.0))) is None


def test_an_unreadable_claim_is_kept_but_not_judged() -> None:
    judged = judge_claims(claims_in("# Complexity: time O(pretty quick)"), problem("two-sum"),
                          outcome("passed", growth(1.0, 1.0, 0.0)))
    assert judged is not None and judged["time"]["matches"] is None


@pytest.mark.parametrize(("claimed", "power", "matches"), [
    ("O(1)", 0.02, True), ("O(1)", 1.0, False), ("O(n)", 1.02, True), ("O(n)", 0.0, False),
    ("O(log n)", 0.1, True), ("O(m*n)", 1.0, True), ("O(n^2)", 1.0, False)])
def test_a_space_claim_is_judged_against_the_measured_memory(claimed: str, power: float,
                                                             matches: bool) -> None:
    memory = {"power": power, "reference_power": 1.0, "message": ""}
    judged = judge_claims(claims_in(f"# Complexity: space {claimed}"), problem("two-sum"),
                          outcome("passed", growth(1.0, 1.0, 0.0), memory))
    assert judged is not None and judged["time"] is None
    assert judged["space"]["matches"] is matches


def test_the_optimal_bound_is_the_first_one_the_spec_states() -> None:
    for slug in ("min-cost-connect-points", "lru-cache", "two-sum"):
        bound = optimal_bound(problem(slug))
        assert bound is not None and not bound.exponential
    assert optimal_bound(problem("subsets")) is None or optimal_bound(
        problem("subsets")).exponential  # type: ignore[union-attr]


READABLE = sorted(slug for slug in CATALOGUE.problems
                  if (bound := optimal_bound(problem(slug))) is not None
                  and not bound.exponential)


@pytest.mark.parametrize("slug", READABLE)
def test_claiming_the_spec_bound_on_a_pass_is_consistent_and_a_power_more_is_not(
        slug: str) -> None:
    stated = problem(slug).complexity.optimal
    bound = optimal_bound(problem(slug))
    assert bound is not None
    passed = outcome("passed", growth(1.0, 1.0, 0.0))
    same = judge_claims(claims_in(f"# Complexity: time {bound.text}"), problem(slug), passed)
    assert same is not None and same["time"]["matches"] is True, stated
    worse = judge_claims(claims_in(f"# Complexity: time O(({bound.text[2:-1]}) * n)"),
                         problem(slug), passed)
    assert worse is not None and worse["time"]["matches"] is False, stated


def test_most_of_the_catalogues_bounds_are_readable() -> None:
    assert len(READABLE) >= 45
