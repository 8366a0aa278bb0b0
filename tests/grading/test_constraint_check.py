from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.conftest import PROBLEMS
from tests.helpers import MINIMAL_SPEC, trainer
from trainer.grading.constraint_check import constraint_problems
from trainer.grading.reference import load_reference
from trainer.problems.spec import load_problem


def test_real_examples_and_generated_inputs_satisfy_the_constraints() -> None:
    for slug in ("two-sum", "lru-cache"):
        problem = load_problem(PROBLEMS / slug)
        assert problem.constraints
        assert constraint_problems(problem, load_reference(problem)) == []


def test_validate_fails_when_examples_or_generators_break_the_constraints(
        make_problem: Callable[..., Path]) -> None:
    spec = MINIMAL_SPEC.format(slug="tight", title="Tight", topic="t", difficulty="easy")
    spec = spec.replace("statement:", 'constraints:\n  - "0 <= x <= 0"\nstatement:')
    folder = make_problem("tight", spec=spec)
    problem = load_problem(folder)
    found = constraint_problems(problem, load_reference(problem))
    assert found[0].startswith("example 1 (line") and "0 <= x <= 0 does not hold" in found[0]
    assert found[-1].startswith("a generated input:")
    result = trainer("validate", "tight")
    assert result.returncode != 0
    assert "constraints hold" in result.stdout + result.stderr
