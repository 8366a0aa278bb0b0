"""The complexity check's verdict from measured points, and what its lines say."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from tests.conftest import PROBLEMS
from trainer.format import outcome_text
from trainer.grading.complexity import (
    ComplexityCheck,
    Frozen,
    Point,
    decided,
    ratio_slope,
    too_slow,
    usable,
)
from trainer.grading.outcome import CaseFailure, Outcome
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


# -- the helpers under the verdict --------------------------------------------------------
def test_a_ratio_against_a_reference_too_quick_to_time_stays_finite() -> None:
    assert Point(100, 0.5, 0.0).ratio == 0.5 / 1e-9
    assert Point(100, 0.2, 0.1).ratio == 2.0


@pytest.mark.parametrize(("solution_s", "reference_s", "factor", "within"), [
    (0.02, 0.01, 2.5, True),
    (0.03, 0.01, 2.5, False),
    (1e-5, 1e-7, 2.5, True),  # 100x, but both below the noise: too quick to tell
    (3e-5, 1e-7, 2.5, False),  # the solution's time is above the noise
])
def test_within_a_factor(solution_s: float, reference_s: float, factor: float,
                         within: bool) -> None:
    assert Point(1000, solution_s, reference_s).within(factor) is within


def test_usable_drops_the_points_timed_below_the_noise_while_two_are_left() -> None:
    noisy, good = Point(10, 1e-6, 2e-6), [Point(100, 1e-3, 1e-3), Point(1000, 1e-2, 1e-2)]
    assert usable([noisy, *good]) == good
    assert usable([noisy, good[0]]) == [noisy, good[0]]  # one point cannot show growth


def test_the_slope_of_a_single_size_is_flat() -> None:
    assert ratio_slope([Point(100, 0.1, 0.01), Point(100, 0.2, 0.01)]) == 0.0


def test_the_summary_fits_both_sides_over_the_usable_points() -> None:
    check = check_of("contains-duplicate", {})
    check.points = [Point(1, 1e-7, 1e-7), Point(1000, 1e-3, 1e-4), Point(4000, 1.6e-2, 4e-4)]
    summary = check.summary()
    assert summary["from_n"] == 1000  # the point below the noise is not fitted
    assert summary["exponent"] == 2.0
    assert summary["reference_exponent"] == 1.0
    assert summary["ratio"] == 40.0
    assert summary["slope"] == 1.0
    assert [p["n"] for p in summary["points"]] == [1, 1000, 4000]  # but it is reported


def test_a_frozen_input_thaws_into_a_fresh_copy_each_time() -> None:
    frozen = Frozen({"grid": [[1, 2], [3]], "k": 2})
    first = frozen.thaw()
    first["grid"][0].append(99)
    assert frozen.thaw() == {"grid": [[1, 2], [3]], "k": 2}


class Ladder:
    """Stands in for the timings: each size measured gives the next scripted ratio."""

    def __init__(self, check: ComplexityCheck, ratios: dict[int, list[float]]) -> None:
        self.check, self.ratios, self.measured = check, ratios, []  # type: list[int]
        check.measure = self.measure  # type: ignore[method-assign]

    def measure(self, n: int) -> None:
        self.measured.append(n)
        ratio = self.ratios[n].pop(0)
        reference_s = 1e-5 * n / 1000  # quick enough that no size stops the ladder
        self.check.points.append(Point(n, ratio * reference_s, reference_s))


def test_a_solution_close_to_the_reference_is_timed_at_three_sizes_only() -> None:
    check = check_of("contains-duplicate", {})
    ladder = Ladder(check, {3125: [1.1], 25000: [1.3], 100000: [2.0]})
    assert check.run()["ratio"] == 2.0
    assert ladder.measured == [3125, 25000, 100000]


def test_a_solution_behind_at_a_sparse_size_gets_the_whole_ladder() -> None:
    check = check_of("contains-duplicate", {})
    ratios = {3125: [1.0], 6250: [1.1], 12500: [1.2], 25000: [3.0], 50000: [1.4],
              100000: [1.5]}
    ladder = Ladder(check, ratios)
    check.run()  # 3x at one size, flat elsewhere: not too slow
    assert ladder.measured == [3125, 25000, 6250, 12500, 50000, 100000]


def test_too_slow_is_measured_again_at_the_top_and_the_faster_run_counts() -> None:
    def doubling(top_again: float) -> dict[int, list[float]]:
        return {3125: [1.0], 6250: [2.0], 12500: [4.0], 25000: [8.0], 50000: [16.0],
                100000: [32.0, top_again]}

    check = check_of("contains-duplicate", {})
    ladder = Ladder(check, doubling(1.0))
    growth = check.run()  # one busy moment at the top: the second run is in line
    assert ladder.measured[-2:] == [100000, 100000]
    assert growth["ratio"] == 1.0
    still_slow = check_of("contains-duplicate", {})
    Ladder(still_slow, doubling(30.0))
    with pytest.raises(CaseFailure) as failure:
        still_slow.run()
    assert failure.value.verdict == "too_slow"
    assert failure.value.growth["ratio"] == 30.0


@pytest.mark.parametrize(("ratios", "sure"), [
    ({1000: 200.0, 2000: 800.0, 4000: 3200.0}, True),  # far behind, and further each size
    ({1000: 300.0, 2000: 300.0, 4000: 300.0}, False),  # far behind by a constant factor
    ({1000: 20.0, 2000: 80.0, 4000: 150.0}, False),  # growing, but not yet 200x behind
    ({1000: 300.0, 2000: 1200.0}, True),  # two sizes a doubling apart are enough
    ({1000: 3200.0}, False),  # one size says nothing of the growth
    ({1000: 200.0, 1200: 400.0, 1400: 800.0}, False),  # over less than a doubling
])
def test_a_verdict_decided_before_the_top_of_the_ladder(ratios: dict[int, float],
                                                         sure: bool) -> None:
    assert decided(ladder(ratios)) is sure
    if sure:
        assert too_slow(ladder(ratios))


def test_a_solution_still_quick_is_timed_at_the_next_size_however_far_behind() -> None:
    # 0.04 s at the top so far: the next sizes are cheap, and a first run this short is
    # close to where answers remembered between runs could pass for work done again
    points = ladder({1000: 400.0, 2000: 1600.0}, reference_s=2.5e-5)
    assert points[-1].solution_s == pytest.approx(0.04)
    assert too_slow(points) and not decided(points)


def test_a_solution_far_behind_and_falling_further_is_not_timed_at_the_larger_sizes() -> None:
    check = check_of("contains-duplicate", {})
    ratios = {1562: [60.0], 3125: [250.0], 6250: [2000.0, 2000.0], 12500: [1.0],
              25000: [1.0], 50000: [1.0], 100000: [1.0]}
    ladder = Ladder(check, ratios)
    with pytest.raises(CaseFailure) as failure:
        check.run()
    assert failure.value.verdict == "too_slow"
    # decided at 6250; a smaller size widens the range to 4x; the top is measured again
    assert ladder.measured == [3125, 6250, 1562, 6250]


def test_a_randomized_bound_reads_as_an_average() -> None:
    from dataclasses import replace

    check = check_of("contains-duplicate", {1000: 10.0, 4000: 40.0, 16000: 160.0})
    complexity = replace(check.problem.complexity, optimal="O(n) expected")
    check.problem = replace(check.problem, complexity=complexity)
    assert check.summary()["message"].endswith("over the sizes measured, expected O(n) on "
                                               "average")


def test_too_slow_by_a_small_factor_is_measured_a_third_time_at_the_top() -> None:
    def ladder_to(top: list[float]) -> dict[int, list[float]]:
        return {3125: [1.0], 6250: [1.5], 12500: [2.2], 25000: [3.3], 50000: [5.0],
                100000: top}

    check = check_of("contains-duplicate", {})
    ladder = Ladder(check, ladder_to([8.0, 7.5, 1.2]))  # busy twice, then in line
    assert check.run()["ratio"] == 1.2
    assert ladder.measured[-3:] == [100000, 100000, 100000]
    sure = check_of("contains-duplicate", {})
    sure_ladder = Ladder(sure, ladder_to([40.0, 38.0]))  # far behind: twice is enough
    with pytest.raises(CaseFailure):
        sure.run()
    assert sure_ladder.measured[-2:] == [100000, 100000] and sure_ladder.measured.count(
        100000) == 2
