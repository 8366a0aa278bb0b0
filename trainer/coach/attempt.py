"""Grading a learner's solution as an attempt: find the file, grade it in a worker against
the reference, and record the result with its card update.

Used by `grade` once and by `watch` on every save; the click layer only prints.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.coach.kept import failed_input, kept_inputs
from trainer.coach.practice import attempt_summary, current_slug, record_attempt, solution_file
from trainer.errors import SpecError
from trainer.problems.catalogue import Catalogue, remember_broken_reference
from trainer.workspace import Workspace

if TYPE_CHECKING:
    from trainer.grading.engine import Progress
    from trainer.grading.outcome import Outcome
    from trainer.grading.reference import Reference
    from trainer.problems.spec import Problem


@dataclass(frozen=True)
class Graded:
    outcome: Outcome
    path: Path
    summary: str | None  # after a recorded pass: how it took, and when it comes back
    not_attempt: str | None = None  # recorded, but not an attempt: why


def solution_to_grade(workspace: Workspace, catalogue: Catalogue, slug: str | None,
                      file: Path | None) -> tuple[Problem, Path]:
    """The problem (SLUG, or the current one) and the file that holds its solution."""
    problem = catalogue.get(slug or current_slug(workspace))
    return problem, solution_file(workspace, problem, file)


def grade_solution(workspace: Workspace, problem: Problem, path: Path, *,
                   seed: int | None = None, record: bool = True, easy: bool = False,
                   progress: Progress | None = None) -> Graded:
    from trainer.grading.sandbox import Sandbox

    if record:
        _can_record(workspace)
    with Sandbox(problem, path) as sandbox:
        sandbox.launch()  # the worker starts while the grader and the reference load
        from trainer.grading.engine import grade
        from trainer.grading.reference import load_reference

        # A replay leaves the kept inputs out: it must give the verdict it gave, and inputs
        # kept since could fail first.
        kept = kept_inputs(workspace, problem.slug, strict=record) if seed is None else []
        with remembering_a_broken_reference(workspace, problem):
            outcome = grade(load_reference(problem), path, seed_value=seed,
                            progress=progress, inputs_dir=workspace.failed_inputs,
                            sandbox=sandbox, kept=kept)
    return _recorded(workspace, problem, outcome, path, record=record, easy=easy,
                     replay=seed is not None, stub=_stub(problem))


def _can_record(workspace: Workspace) -> None:
    """What would throw a verdict away fails before the work, not after: the clock, and a
    history that is damaged, read-only or on a full disk."""
    from trainer import clock
    from trainer.store.history import open_history

    clock.now()
    with open_history(workspace) as history:
        history.check()
        history.require_writable()


@contextlib.contextmanager
def remembering_a_broken_reference(workspace: Workspace, problem: Problem) -> Iterator[None]:
    """A reference.py found broken while grading stays broken for every command until it
    changes: `next` does not offer its problem again."""
    try:
        yield
    except SpecError as error:
        if error.path == problem.reference_path:
            remember_broken_reference(workspace.catalogue_cache, error)
        raise


def _stub(problem: Problem) -> str:
    from trainer.problems.render import render_stub

    return render_stub(problem)


class WatchedSolution:
    """A solution graded again on every save: the reference is loaded once."""

    def __init__(self, workspace: Workspace, problem: Problem, path: Path,
                 record: bool) -> None:
        from trainer.grading.reference import load_reference
        from trainer.problems.render import render_stub

        if record:
            _can_record(workspace)
        self.workspace = workspace
        self.path = path
        self.record = record
        self.reference: Reference = load_reference(problem)
        self.stub = render_stub(problem)

    def untouched(self) -> bool:
        """Still the stub as written: nothing to grade yet."""
        try:
            return self.path.read_text(encoding="utf-8") == self.stub
        except (OSError, UnicodeDecodeError):
            return False  # the grader reports what is wrong with the file

    def grade(self) -> Graded:
        from trainer.grading.engine import grade

        problem = self.reference.problem
        outcome = grade(self.reference, self.path, inputs_dir=self.workspace.failed_inputs,
                        kept=kept_inputs(self.workspace, problem.slug))
        return _recorded(self.workspace, problem, outcome, self.path, record=self.record,
                         stub=self.stub)


def _recorded(workspace: Workspace, problem: Problem, outcome: Outcome, path: Path, *,
              record: bool, easy: bool = False, replay: bool = False,
              stub: str | None = None) -> Graded:
    if not record:
        return Graded(outcome, path, None)
    _, reason = record_attempt(workspace, outcome, path, easy=easy, replay=replay, stub=stub,
                               keep=failed_input(problem, outcome))
    if reason is not None:
        return Graded(outcome, path, None, not_attempt=reason)
    summary = attempt_summary(workspace, outcome.slug) if outcome.passed else None
    return Graded(outcome, path, summary)
