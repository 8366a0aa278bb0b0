"""The complexity check's verdict from measured points, and what its lines say."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from tests.conftest import PROBLEMS
from trainer.format import outcome_text
from trainer.grading.complexity import ComplexityCheck, Point, ratio_slope, too_slow
from trainer.grading.outcome import Outcome
from trainer.grading.reference import load_reference
from trainer.problems.spec import load_problem


def check_of(slug: str, ratios: dict[int, float], reference_s: float = 0.01) -> ComplexityCheck:
    problem = load_problem(PROBLEMS / slug)
    runner = SimpleNamespace(problem=problem, reference=load_reference(problem))
    check = ComplexityCheck(runner, 0)  # type: ignore[arg-type]
    check.points = [Point(n, ratio * reference_s * n / 1000, reference_s * n / 1000)
                    for n, ratio in ratios.items()]
    return check


# valid-palindrome's quadratic slicing, as measured: flat at first, then 2x per doubling
SLICING = {3125: 1.5, 6250: 1.6, 12500: 1.7, 25000: 2.0, 50000: 2.9, 100000: 4.7,
           200000: 8.2}


def test_a_growth_that_shows_only_at_the_top_of_the_ladder_is_too_slow() -> None:
    check = check_of("valid-palindrome", SLICING)
    assert check.slope() >= 0.5  # fitted over the top 16x; over the whole ladder 0.4
    assert check.too_slow()


def test_a_log_factor_and_a_constant_factor_are_not() -> None:
    sort_based = {3125: 2.8, 6250: 2.5, 12500: 2.4, 25000: 1.9, 50000: 2.5, 100000: 1.1}
    assert not check_of("contains-duplicate", sort_based).too_slow()
    memoized = {125: 10.5, 250: 11.1, 500: 9.9, 1000: 10.1}  # recursion overhead, 10x flat
    assert not check_of("climbing-stairs", memoized).too_slow()


def test_the_pass_line_states_what_was_measured() -> None:
    check = check_of("contains-duplicate", {1000: 1.0, 4000: 2.0, 16000: 4.0})
    outcome = Outcome("contains-duplicate", "passed", 1, growth=check.summary())
    line = " ".join(" ".join(outcome_text(outcome, "").splitlines()[1:]).split())
    assert line == ("complexity: from n = 1,000 to 16,000 your time grew like n^1.5, "
                    "the reference's like n^1.0; at n = 16,000 it took 4.0x the "
                    "reference's time")
    assert "O(n)" not in line  # the target's name is not what was measured


def test_a_baseline_is_what_the_solution_is_timed_against() -> None:
    check = check_of("min-cost-connect-points", {25: 1.0, 100: 1.0, 800: 1.0})
    assert check.timed_entry.__name__ == "baseline"
    assert check.summary()["message"].startswith(
        "at n = 800 your solution took 1.0x the baseline's time")
    assert check.summary()["message"].endswith(
        "(the baseline: Kruskal over all n(n-1)/2 links, O(n^2 log n), the slowest approach "
        "accepted)")
    assert check_of("two-sum", {1: 1.0}).against == "the reference"


def ladder(ratios: dict[int, float], reference_s: float = 0.01) -> list[Point]:
    return [Point(n, ratio * reference_s, reference_s) for n, ratio in ratios.items()]


# Prim rescanning every pair, against the Kruskal baseline, as measured on a busy machine:
# the ratio grows like n / log n (slope 0.4 here) and the ladder stops at 400, where it
# takes a second.
PRIM_RESCAN = {25: 5.0, 50: 7.0, 100: 8.5, 200: 11.0, 400: 14.7}


@pytest.mark.parametrize(("ratios", "slow"), [
    (PRIM_RESCAN, True),
    ({100: 1.0, 200: 2.0, 400: 4.0}, True),  # a ratio doubling per doubling: an extra n
    ({100: 1.0, 200: 1.4, 400: 2.0}, False),  # growing, but never 3x behind
    ({100: 10.0, 200: 10.3, 400: 10.1}, False),  # a constant factor, however large
    ({100: 12.0, 400: 16.0}, False),  # 12x to 16x is slope 0.2: not enough below 20x
    ({100: 15.0, 400: 25.0}, True),  # 25x and growing
    ({100: 150.0, 400: 210.0}, True),  # past the ceiling, growing at all
    ({200: 1.0, 400: 8.0}, False),  # steep, but over a range too narrow to judge
])
def test_the_verdict_on_a_measured_ladder(ratios: dict[int, float], slow: bool) -> None:
    assert too_slow(ladder(ratios)) is slow


def test_the_slope_is_the_steeper_of_the_whole_ladder_and_its_top() -> None:
    flat_then_steep = ladder({1: 1.0, 2: 1.0, 4: 1.0, 8: 1.0, 16: 1.0, 32: 2.0, 64: 4.0,
                              128: 8.0})
    assert ratio_slope(flat_then_steep) > ratio_slope(flat_then_steep[:5]) + 0.5
    assert abs(ratio_slope(ladder({10: 1.0, 20: 2.0, 40: 4.0})) - 1.0) < 1e-9


class Scripted(ComplexityCheck):
    """A check whose solution runs take the scripted times: the first run on the ladder's
    input, the later runs on it, and a first run on an input not seen before."""

    def __init__(self, first: float, again: float, unseen: float) -> None:
        problem = load_problem(PROBLEMS / "two-sum")
        runner = SimpleNamespace(problem=problem, reference=load_reference(problem))
        super().__init__(runner, 0)  # type: ignore[arg-type]
        self.times = {"first": first, "again": again, "unseen": unseen}
        self.sent: list[str] = []

    def timed(self, message: dict[str, Any], n: int, reference_s: float, shown: Any) -> Any:
        kind = "again" if message.get("again") else message["args"].get("kind", "first")
        self.sent.append(kind)
        return {"ok": True, "seconds": self.times[kind]}

    def check_clock(self, solution_s: float, wall_s: float, n: int, shown: Any) -> None:
        pass

    def solution_time(self, unseen: bool = True) -> float:
        other = {"op": "time", "args": {"kind": "unseen"}}
        reply, _ = self.interleave(lambda: 0.001, {"op": "time", "args": {}}, 1000, None,
                                   unseen=lambda: other if unseen else None)
        return float(reply["seconds"])


def test_a_busy_moment_in_the_first_run_is_not_taken_for_remembered_answers() -> None:
    check = Scripted(first=0.08, again=0.002, unseen=0.002)
    assert check.solution_time() == 0.002
    assert check.sent[-1] == "unseen"


def test_answers_remembered_between_runs_are_still_caught() -> None:
    # Quick only on an input it has seen: on an unseen one it does the work again.
    check = Scripted(first=0.08, again=0.002, unseen=0.09)
    assert check.solution_time() == 0.08


def test_without_another_input_of_the_size_the_first_run_counts() -> None:
    # The generator gives one input per size: nothing tells a cache from a busy moment,
    # so the first run is taken, and a cache never hides a slow solution.
    check = Scripted(first=0.08, again=0.002, unseen=0.002)
    assert check.solution_time(unseen=False) == 0.08


def test_an_input_not_seen_is_tried_only_when_the_first_run_stands_out() -> None:
    check = Scripted(first=0.0021, again=0.002, unseen=1.0)
    assert check.solution_time() == 0.002
    assert "unseen" not in check.sent
