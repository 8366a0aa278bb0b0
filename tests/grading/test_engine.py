"""Grading one file, step by step, on a small problem without a complexity check: what is
refused before anything runs, the examples first, then generated inputs shrunk to the
smallest failure, and a seed that replays a grading exactly."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from trainer.errors import SpecError
from trainer.grading.engine import grade
from trainer.grading.reference import Reference, load_reference
from trainer.problems.spec import load_problem
from trainer.workspace import Workspace

# identity over x in [-5, 5] (tests/helpers.py MINIMAL_SPEC): examples x=1 and x=0
RIGHT = "def identity(x: int) -> int:\n    return x\n"


@pytest.fixture
def echo(make_problem: Callable[..., Path], workspace: Workspace) -> Reference:
    return load_reference(load_problem(make_problem("echo")))


def graded(reference: Reference, tmp_path: Path, source: str, **options: object) -> object:
    path = tmp_path / "solution.py"
    path.write_text(source)
    return grade(reference, path, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(("source", "message"), [
    ("", "the file is empty"),
    ("  \n\n", "the file is empty"),
    ("def identity(x: int) -> int:\n    return (x\n", "line 2: "),
])
def test_a_file_that_cannot_run_is_refused_before_a_worker_starts(
        echo: Reference, tmp_path: Path, source: str, message: str) -> None:
    outcome = graded(echo, tmp_path, source, seed_value=1)
    assert (outcome.verdict, outcome.phase, outcome.cases) == ("compile_error", "load", 0)
    assert outcome.message.startswith(message)


def test_a_forbidden_name_is_refused_with_its_line(
        make_problem: Callable[..., Path], workspace: Workspace, tmp_path: Path) -> None:
    folder = make_problem("echo")
    spec = folder / "problem.yaml"
    spec.write_text(spec.read_text() + "forbid: {names: [sorted]}\n")
    reference = load_reference(load_problem(folder))
    outcome = graded(reference, tmp_path, "def identity(x):\n\n    return sorted([x])[0]\n")
    assert outcome.verdict == "compile_error"
    assert outcome.message.startswith("line 3: ")
    assert "sorted" in outcome.message


def test_a_right_solution_passes_every_example_and_generated_input(
        echo: Reference, tmp_path: Path) -> None:
    seen: list[tuple[str, int, int]] = []
    outcome = graded(echo, tmp_path, RIGHT, seed_value=5,
                     progress=lambda step, done, total: seen.append((step, done, total)))
    assert outcome.verdict == "passed" and outcome.phase == "generated"
    assert outcome.seed == 5 and outcome.growth == {} and outcome.notes == []
    assert seen[:2] == [("examples", 1, 2), ("examples", 2, 2)]
    generated = [done for step, done, _ in seen if step == "generated"]
    assert generated == list(range(1, len(generated) + 1)) and generated
    assert outcome.cases == 2 + len(generated)
    assert outcome.elapsed_s > 0


def test_an_example_fails_first(echo: Reference, tmp_path: Path) -> None:
    outcome = graded(echo, tmp_path, "def identity(x):\n    return x + 1\n", seed_value=1)
    assert (outcome.verdict, outcome.phase, outcome.cases) == ("wrong_answer", "examples", 1)
    assert outcome.counterexample is not None
    assert outcome.counterexample.input == {"x": 1}


def test_a_generated_failure_is_shrunk_and_replays_with_its_seed(
        echo: Reference, tmp_path: Path) -> None:
    wrong_below = "def identity(x):\n    return x if x > -3 else 0\n"
    first = graded(echo, tmp_path, wrong_below, seed_value=11)
    assert (first.verdict, first.phase) == ("wrong_answer", "generated")
    assert first.counterexample is not None
    assert first.counterexample.input == {"x": -3}  # the smallest input that shows it
    again = graded(echo, tmp_path, wrong_below, seed_value=11)
    assert (again.verdict, again.cases, again.counterexample) == \
        (first.verdict, first.cases, first.counterexample)


def test_without_shrinking_the_verdict_is_the_same_on_the_first_input_that_showed_it(
        echo: Reference, tmp_path: Path) -> None:
    wrong_below = "def identity(x):\n    return x if x > -3 else 0\n"
    shrunk = graded(echo, tmp_path, wrong_below, seed_value=11)
    unshrunk = graded(echo, tmp_path, wrong_below, seed_value=11, shrink=False)
    assert unshrunk.verdict == shrunk.verdict == "wrong_answer"
    assert unshrunk.cases < shrunk.cases  # no runs spent looking for a smaller input
    assert unshrunk.counterexample.input["x"] <= -3


def test_a_runtime_error_names_the_line(echo: Reference, tmp_path: Path) -> None:
    outcome = graded(echo, tmp_path, "def identity(x):\n    return [x][x]\n", seed_value=1)
    assert (outcome.verdict, outcome.phase) == ("runtime_error", "examples")
    assert outcome.counterexample is not None
    assert outcome.counterexample.error == \
        "line 2, in identity: IndexError: list index out of range\n    return [x][x]"


def test_a_solution_that_fails_only_sometimes_is_reported_not_passed(
        echo: Reference, tmp_path: Path) -> None:
    """Wrong the first time it meets a negative number, right when asked again: replaying
    the failure does not reproduce it, and the failure seen is what is reported."""
    flaky = ("seen = set()\n"
             "def identity(x):\n"
             "    if x < 0 and x not in seen:\n"
             "        seen.add(x)\n"
             "        return 7\n"
             "    return x\n")
    outcome = graded(echo, tmp_path, flaky, seed_value=2)
    assert (outcome.verdict, outcome.phase) == ("wrong_answer", "generated")
    assert outcome.counterexample is not None
    assert outcome.counterexample.input["x"] < 0
    assert outcome.counterexample.got == "7"


def test_a_reference_whose_inputs_fail_is_the_authors_error(
        make_problem: Callable[..., Path], workspace: Workspace, tmp_path: Path) -> None:
    folder = make_problem("echo")
    reference_file = folder / "reference.py"
    reference_file.write_text(reference_file.read_text().replace(
        'st.integers(-5, 5)', 'st.integers(-5, 5).map(lambda x: 1 // 0)'))
    reference = load_reference(load_problem(folder))
    with pytest.raises(SpecError) as error:
        graded(reference, tmp_path, RIGHT, seed_value=1)
    assert "inputs() failed: ZeroDivisionError" in str(error.value)
    assert str(reference_file) in str(error.value)
