"""The catalogue as the learner sees it: every problem with their status on it, and one
problem with its record."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainer.errors import TrainerError
from trainer.problems.catalogue import Catalogue
from trainer.store.attempts import Attempt
from trainer.store.history import open_history
from trainer.workspace import Workspace

if TYPE_CHECKING:  # `list` reads the light index only, never the spec parser
    from trainer.problems.spec import Problem


def problem_rows(workspace: Workspace, catalogue: Catalogue, topic: str | None = None,
                 difficulty: str | None = None) -> list[dict[str, Any]]:
    """Every problem (of `topic` and `difficulty`, when given) by topic, then difficulty,
    with the learner's status: new, attempted or solved. An unknown topic is an error
    naming the topics."""
    if topic is not None:
        catalogue.check_topic(topic)
    problems = [p for p in catalogue.index.values()
                if (topic is None or p.topic == topic)
                and (difficulty is None or p.difficulty == difficulty)]
    with open_history(workspace) as history:
        summaries = history.summaries()
    rows: list[dict[str, Any]] = []
    for problem in sorted(problems, key=lambda p: (p.topic, p.difficulty_rank, p.slug)):
        summary = summaries.get(problem.slug)
        status = "new" if summary is None else (
            "solved" if summary["passes"] else "attempted")
        rows.append({"slug": problem.slug, "title": problem.title, "topic": problem.topic,
                     "difficulty": problem.difficulty, "entry": problem.entry,
                     "judge": problem.judge, "status": status,
                     "attempts": summary["attempts"] if summary else 0})
    return rows


@dataclass(frozen=True)
class ProblemRecord:
    problem: Problem
    attempts: list[Attempt]
    due: str | None  # the next review day, once attempted
    path: str | None  # the learner's file, as they would type it, when there is one

    def to_json(self) -> dict[str, Any]:
        problem, attempts = self.problem, self.attempts
        return {
            "slug": problem.slug, "title": problem.title, "topic": problem.topic,
            "difficulty": problem.difficulty, "entry": problem.entry, "judge": problem.judge,
            "optimal": problem.complexity.optimal, "statement": problem.statement,
            "examples": [{"input": e.input, "output": e.output, "explanation": e.explanation}
                         for e in problem.examples],
            "hints": len(problem.hints), "attempts": len(attempts),
            "passed": sum(a.passed for a in attempts),
            "last_verdict": attempts[-1].verdict if attempts else None, "due": self.due,
            "path": self.path,
        }


def problem_record(workspace: Workspace, catalogue: Catalogue, slug: str) -> ProblemRecord:
    """A problem with the learner's attempts on it (the gradings that count)."""
    problem = catalogue.get(slug)
    with open_history(workspace) as history:
        attempts = history.attempts(slug, counted=True)
        due = history.due_days().get(slug)
    path = workspace.solution_path(slug)
    return ProblemRecord(problem, attempts, due,
                         workspace.relative(path) if path.exists() else None)


def failed_input(workspace: Workspace, catalogue: Catalogue, slug: str) -> str:
    """The input of the problem's latest failed grading, whole (a large one from the file
    it was saved in), as it pastes back."""
    problem = catalogue.get(slug)
    from trainer.grading.outcome import input_text

    with open_history(workspace) as history:
        failed = [a for a in history.attempts(problem.slug)
                  if not a.passed and (a.counterexample or {}).get("input") is not None]
    if not failed:
        raise TrainerError(f"no failing input of {problem.slug} is saved: it is kept when a "
                           f"grading fails on an input (trainer grade {problem.slug})")
    example = failed[-1].counterexample or {}
    saved = example.get("input_file")
    if not saved:
        return input_text(example["input"])
    try:
        return input_text(json.loads(Path(saved).read_text(encoding="utf-8")))
    except (OSError, ValueError):
        raise TrainerError(f"the failing input of {problem.slug} of {failed[-1].day} was "
                           f"saved in {saved}, which is gone or damaged: grade it again "
                           f"to save it anew (trainer grade {problem.slug})") from None
