"""`trainer run`: the solution on inputs of the learner's own, beside the reference's answer.

Not an attempt: nothing is recorded. Every input is checked (types, constraints) before
any is run, so a typo in the last line does not waste the time of the first ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.coach.attempt import solution_to_grade
from trainer.errors import TrainerError
from trainer.problems.catalogue import Catalogue
from trainer.workspace import Workspace

if TYPE_CHECKING:
    from trainer.grading.run import RunResult
    from trainer.problems.spec import Problem


@dataclass(frozen=True)
class Tried:
    problem: Problem
    path: Path
    results: list[RunResult]


def run_own_inputs(workspace: Workspace, catalogue: Catalogue, slug: str | None,
                   file: Path | None, texts: list[str]) -> Tried:
    """Parse and check every input, then run them all in one worker."""
    from trainer.grading.inputs import InputError, parse_input
    from trainer.grading.reference import load_reference
    from trainer.grading.run import run_inputs
    from trainer.grading.sandbox import Sandbox

    problem, path = solution_to_grade(workspace, catalogue, slug, file)
    if not texts:
        raise TrainerError("no input to run: give --input TEXT or --input-file FILE")
    inputs = []
    for number, text in enumerate(texts, 1):
        try:
            inputs.append(parse_input(problem, text))
        except InputError as error:
            where = f"input {number}: " if len(texts) > 1 else ""
            raise InputError(f"{where}{error}") from None
    with Sandbox(problem, path) as sandbox:
        sandbox.launch()
        results = run_inputs(load_reference(problem), sandbox, inputs)
    return Tried(problem, path, results)


def input_lines(text: str) -> list[str]:
    """An input file: one input a line; blank lines and lines starting with # are skipped."""
    return [line for line in text.splitlines() if line.strip() and
            not line.lstrip().startswith("#")]
