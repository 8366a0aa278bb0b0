"""`pytest solutions/`: every solution file there is graded by the same grader.

Loaded by `solutions/conftest.py`. Each `solutions/<slug_with_underscores>.py` that names a
problem becomes one test item; pytest's usual options work (`-x`, `-k two_sum`). The
inputs the history keeps for a problem are checked first, as `trainer grade` does (which is
why this lives with the coach: the grader does not read the history). Nothing is recorded.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from trainer.errors import TrainerError
from trainer.grading.outcome import Outcome
from trainer.problems.catalogue import load_catalogue
from trainer.problems.spec import Problem
from trainer.workspace import Workspace, find_workspace


class GradingFailed(Exception):
    def __init__(self, outcome: Outcome) -> None:
        super().__init__(outcome.verdict)
        self.outcome = outcome


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if (file_path.suffix == ".py" and file_path.parent.name == "solutions"
            and file_path.name != "conftest.py"):
        return SolutionFile.from_parent(parent, path=file_path)
    return None


class SolutionFile(pytest.File):
    def collect(self) -> Iterator[pytest.Item]:
        try:
            workspace = find_workspace(self.path.parent)
        except TrainerError:
            return
        catalogue = load_catalogue(workspace.problems)
        for problem in catalogue.problems.values():
            if problem.module_name == self.path.stem:
                yield SolutionItem.from_parent(self, name=problem.slug, problem=problem,
                                               workspace=workspace)


class SolutionItem(pytest.Item):
    def __init__(self, *, problem: Problem, workspace: Workspace, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.problem = problem
        self.workspace = workspace

    def runtest(self) -> None:
        from trainer.coach.kept import kept_inputs
        from trainer.grading.engine import grade
        from trainer.grading.reference import load_reference

        outcome = grade(load_reference(self.problem), self.path,
                        kept=kept_inputs(self.workspace, self.problem.slug, strict=False))
        if not outcome.passed:
            raise GradingFailed(outcome)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException],
                     style: Any = None) -> str:
        if isinstance(excinfo.value, GradingFailed):
            from trainer.format import outcome_text

            return outcome_text(excinfo.value.outcome, str(self.path))
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"grade {self.problem.slug}"
