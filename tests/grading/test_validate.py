"""Proving a problem, check by check: what a spec lacks, examples against the reference,
and which verdicts changed between runs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from tests.conftest import PROBLEMS
from trainer.grading.outcome import Outcome
from trainer.grading.reference import load_reference
from trainer.grading.validate import (
    Check,
    _completeness,
    _describe,
    _example_check,
    flips,
    validate_problem,
)
from trainer.problems.spec import Complexity, Example, Problem, load_problem
from trainer.workspace import Workspace


def folder_with(tmp_path: Path, *kinds: str) -> Path:
    """A problem folder holding one solution in each of `kinds` (wrong, slow, heavy)."""
    for kind in kinds:
        (tmp_path / kind).mkdir(parents=True, exist_ok=True)
        (tmp_path / kind / "one.py").write_text("")
    return tmp_path


@pytest.fixture(scope="module")
def two_sum() -> Problem:
    return load_problem(PROBLEMS / "two-sum")


@pytest.mark.parametrize(("kinds", "changes", "missing"), [
    (("wrong",), {}, ""),
    ((), {}, "missing: a wrong/ solution"),
    (("wrong",), {"hints": ("one",)}, "missing: at least 2 hints"),
    (("wrong",), {"examples": ()}, "missing: at least 2 examples"),
    (("wrong",), {"complexity": Complexity("O(n)", "O(n^2)")},
     "missing: a slow/ solution (O(n^2))"),
    (("wrong", "slow"), {"complexity": Complexity("O(n)", "O(n^2)")},
     "missing: complexity.sizes, to time the slow/ solutions"),
    (("wrong", "slow"), {"complexity": Complexity("O(n)", "O(n^2)", (10, 100))}, ""),
    (("wrong",), {"complexity": Complexity("O(n)", "Same", (10, 100))}, ""),
    (("wrong",), {"complexity": Complexity("O(n)", "same", (10, 100), "O(1)")},
     "missing: a heavy/ solution (more extra memory than O(1))"),
    ((), {"hints": (), "examples": ()},
     "missing: at least 2 examples, at least 2 hints, a wrong/ solution"),
])
def test_a_complete_spec(two_sum: Problem, tmp_path: Path, kinds: tuple[str, ...],
                         changes: dict[str, object], missing: str) -> None:
    fields = {"complexity": Complexity("O(n)", "same"), **changes}
    problem = replace(two_sum, folder=folder_with(tmp_path, *kinds), **fields)
    assert _completeness(problem) == Check("spec complete", not missing, missing)


def test_an_example_the_reference_agrees_with(two_sum: Problem) -> None:
    reference = load_reference(two_sum)
    example = two_sum.examples[0]
    assert _example_check(two_sum, reference, example, 1) == \
        Check(f"example 1 (line {example.line})", True)


def test_an_example_whose_output_the_reference_does_not_give() -> None:
    problem = load_problem(PROBLEMS / "contains-duplicate")
    reference = load_reference(problem)
    example = Example({"nums": [1, 2, 1]}, False, "", line=9)
    assert _example_check(problem, reference, example, 3) == Check(
        "example 3 (line 9)", False, "the example's output is not accepted: wrong answer")
    mistyped = Example({"nums": [1, 2, 1]}, 1, "", line=9)
    assert _example_check(problem, reference, mistyped, 3).detail == \
        "the example's output is not accepted: expected bool, got int 1"


def test_an_example_the_reference_fails_on() -> None:
    problem = load_problem(PROBLEMS / "contains-duplicate")
    check = _example_check(problem, load_reference(problem),
                           Example({"numbers": [1]}, False, "", line=4), 1)
    assert not check.ok
    assert check.detail.startswith("the reference fails on it: ")


def test_a_design_example_is_checked_call_by_call() -> None:
    problem = load_problem(PROBLEMS / "min-stack")
    reference = load_reference(problem)
    calls = [["__init__", {}], ["push", {"val": 3}], ["get_min", {}]]
    right = Example({"calls": calls}, [None, None, 3], "", line=5)
    assert _example_check(problem, reference, right, 1).ok
    wrong = Example({"calls": calls}, [None, None, 4], "", line=5)
    check = _example_check(problem, reference, wrong, 1)
    assert not check.ok
    assert check.detail.endswith(": reference gives 3, example says 4")


def test_a_reference_that_does_not_load_stops_the_checks(
        make_problem: Callable[..., Path], workspace: Workspace) -> None:
    folder = make_problem("broken")
    (folder / "reference.py").write_text("def identity(x:\n")
    reported: list[Check] = []
    checks = validate_problem(load_problem(folder), report=reported.append)
    assert [c.name for c in checks] == ["spec complete", "reference loads"]
    assert checks[0].ok and not checks[1].ok
    assert reported == checks


def test_a_small_problem_is_proved_check_by_check(
        make_problem: Callable[..., Path], workspace: Workspace) -> None:
    folder = make_problem("echo")
    (folder / "accepted").mkdir()
    (folder / "accepted" / "plus_zero.py").write_text(
        "def identity(x: int) -> int:\n    return x + 0\n")
    checks = validate_problem(load_problem(folder))
    assert [(c.name, c.ok, c.verdict) for c in checks] == [
        ("spec complete", True, ""),
        ("example 1 (line 11)", True, ""),
        ("example 2 (line 14)", True, ""),
        ("reference passes", True, "passed"),
        ("accepted/plus_zero.py passes", True, "passed"),
        ("wrong/off_by_one.py rejected", True, "wrong_answer"),
    ]


def test_a_wrong_solution_that_passes_fails_its_check(
        make_problem: Callable[..., Path], workspace: Workspace) -> None:
    folder = make_problem("echo")
    (folder / "wrong" / "off_by_one.py").write_text(
        "def identity(x: int) -> int:\n    return x\n")
    checks = validate_problem(load_problem(folder))
    assert (checks[-1].name, checks[-1].ok, checks[-1].verdict) == \
        ("wrong/off_by_one.py rejected", False, "passed")


def test_flips_are_the_gradings_whose_verdict_changed() -> None:
    runs = [
        [Check("spec complete", True), Check("slow/a.py too_slow", True, "", "too_slow"),
         Check("reference passes", True, "", "passed")],
        [Check("spec complete", False), Check("slow/a.py too_slow", False, "", "passed"),
         Check("reference passes", True, "", "passed")],
    ]
    assert flips(runs) == ["slow/a.py too_slow"]
    assert flips(runs[:1]) == []


@pytest.mark.parametrize(("outcome", "detail"), [
    (Outcome("p", "passed", 1), "passed"),
    (Outcome("p", "passed", 1, growth={"message": "grew like n"}), "passed; grew like n"),
    (Outcome("p", "wrong_answer", 1, message="expected 1, got 2"),
     "wrong_answer: expected 1, got 2"),
])
def test_what_a_grading_check_says(outcome: Outcome, detail: str) -> None:
    assert _describe(outcome) == detail
