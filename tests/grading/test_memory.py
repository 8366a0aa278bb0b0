"""The memory check: extra memory measured in the worker, its growth fitted, a declared
`space:` bound enforced."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from trainer.grading.engine import grade
from trainer.grading.memory import growth_power, growth_words, memory_sizes
from trainer.grading.reference import load_reference
from trainer.grading.worker import measure_memory
from trainer.problems.spec import load_problem
from trainer.workspace import Workspace


@pytest.mark.parametrize(("points", "power"), [
    ([(1000, 100), (4000, 120), (16000, 90)], 0.0),  # below the floor: no growth
    ([(1000, 40_000), (4000, 160_000), (16000, 640_000)], 1.0),
    ([(1000, 10_000), (4000, 160_000), (16000, 2_560_000)], 2.0),
])
def test_growth_is_the_fitted_power_of_n(points: list[tuple[int, int]], power: float) -> None:
    assert growth_power(points) == pytest.approx(power, abs=0.05)


def test_growth_in_words() -> None:
    assert [growth_words(p) for p in (0.1, 0.95, 2.04, 1.5)] == [
        "not growing with n", "growing like n", "growing like n^2", "growing like n^1.5"]


def test_the_sizes_span_four_times_the_smallest_where_the_ladder_does() -> None:
    assert memory_sizes((1000, 2000, 4000, 8000, 16000, 32000)) == [1000, 2000, 4000]
    assert memory_sizes((1250, 1768, 2500, 3536, 5000, 7071, 10000)) == [1250, 2500, 5000]
    assert memory_sizes((1562, 3125, 6250, 12500)) == [1562, 3125, 6250]  # doublings rounded
    assert memory_sizes((10, 20)) == [10, 20]


def test_the_measure_counts_what_a_call_holds_and_how_deep_it_goes() -> None:
    def deep(n: int) -> int:
        return 0 if n == 0 else 1 + deep(n - 1)

    def make() -> list[int]:
        return [0] * 100_000

    held, depth = measure_memory(lambda: make())
    assert held >= 800_000 and depth == 1
    _, depth = measure_memory(lambda: deep(50))
    assert depth == 51


class Untimed:
    """The complexity check, with no timings taken: the memory check runs after it, and a
    busy machine must not turn these tests' verdict into too_slow."""

    def __init__(self, runner: object, seed: int) -> None:
        pass

    def run(self) -> dict[str, object]:
        return {}


@pytest.fixture
def untimed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("trainer.grading.engine.ComplexityCheck", Untimed)


def grader(with_problems: Callable[..., Workspace], tmp_path: Path,
           slug: str) -> Callable[[str], object]:
    workspace = with_problems(slug)
    reference = load_reference(load_problem(workspace.problems / slug))

    def run(source: str) -> object:
        path = tmp_path / "solution.py"
        path.write_text(textwrap.dedent(source))
        return grade(reference, path, seed_value=5)

    return run


def test_a_set_where_o1_is_declared_is_too_much_memory_every_time(
        with_problems: Callable[..., Workspace], tmp_path: Path, untimed: None) -> None:
    run = grader(with_problems, tmp_path, "single-number")
    heavy = """
        def single_number(nums):
            odd = set()
            for value in nums:
                odd.symmetric_difference_update((value,))
            return odd.pop()
    """
    verdicts = {getattr(run(heavy), "verdict") for _ in range(2)}  # noqa: B009
    assert verdicts == {"too_much_memory"}
    outcome = run(heavy)
    assert "expected O(1) extra" in getattr(outcome, "message")  # noqa: B009
    memory = getattr(outcome, "memory")  # noqa: B009
    assert memory["power"] > 0.8 and memory["reference_power"] < 0.25


def test_without_a_declared_bound_growth_is_feedback_on_a_pass(
        with_problems: Callable[..., Workspace], tmp_path: Path, untimed: None) -> None:
    run = grader(with_problems, tmp_path, "contains-duplicate")
    outcome = run("def contains_duplicate(nums):\n    return len(set(nums)) != len(nums)\n")
    assert getattr(outcome, "verdict") == "passed"  # noqa: B009
    assert getattr(outcome, "memory")["message"].startswith("growing like n")  # noqa: B009
    assert getattr(outcome, "growth") == {}  # noqa: B009  (nothing was timed)


def test_outside_both_bounds_the_steady_memory_verdict_is_the_one_given(
        with_problems: Callable[..., Workspace], tmp_path: Path) -> None:
    # Quadratic time and linear extra memory: the timing verdict would depend on the
    # machine's load, the memory one never does.
    run = grader(with_problems, tmp_path, "single-number")
    slow_and_heavy = """
        def single_number(nums):
            kept = list(nums)
            for value in kept:
                if kept.count(value) == 1:
                    return value
    """
    outcome = run(slow_and_heavy)
    assert getattr(outcome, "verdict") == "too_much_memory"  # noqa: B009
    assert "expected O(1) extra" in getattr(outcome, "message")  # noqa: B009


def test_amounts_too_small_to_show_a_growth_are_not_called_flat() -> None:
    from types import SimpleNamespace

    from tests.conftest import PROBLEMS
    from trainer.grading.memory import MemoryCheck, MemoryPoint

    problem = load_problem(PROBLEMS / "contains-duplicate")
    check = MemoryCheck(SimpleNamespace(problem=problem), 0)  # type: ignore[arg-type]
    check.points = [MemoryPoint(20, 1500, 0, 2000, 0), MemoryPoint(80, 4400, 0, 5500, 0)]
    assert check.summary()["message"].startswith(
        "under 8 KB at every size measured, too little to show a growth; at n = 80")
    check.points = [MemoryPoint(1000, 9000, 0, 900, 0), MemoryPoint(4000, 36000, 0, 900, 0)]
    assert check.summary()["message"].startswith(
        "growing like n (the reference: not growing with n)")
