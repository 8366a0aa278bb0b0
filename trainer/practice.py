"""The practice loop: today's problem, its stub, and recording a graded attempt."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from trainer import clock
from trainer.errors import TrainerError, WorkspaceError
from trainer.grading.outcome import Outcome
from trainer.history import Attempt, History
from trainer.render import render_stub
from trainer.scheduler import Choice, choose, rating_for, review
from trainer.spec import Catalogue, Problem
from trainer.workspace import Workspace


@dataclass(frozen=True)
class Started:
    problem: Problem
    path: Path
    created: bool  # False: the file was there already and was left alone
    backup: Path | None = None  # --force: where the previous file was moved


def open_history(workspace: Workspace) -> History:
    return History(workspace.history_db)


def next_problem(workspace: Workspace, catalogue: Catalogue,
                 topic: str | None = None) -> tuple[Choice, Started]:
    if topic is not None and not any(p.topic == topic for p in catalogue.problems.values()):
        topics = sorted({p.topic for p in catalogue.problems.values()})
        raise TrainerError(f"no topic {topic!r}; topics: {', '.join(topics)}")
    with open_history(workspace) as history:
        choice = choose(catalogue.problems, history, clock.now(), topic)
        if choice is None:
            where = f" in {topic}" if topic else ""
            raise TrainerError(f"nothing to practise{where} today: every problem is solved "
                               "and no review is due. Come back tomorrow, or pick one with "
                               "trainer start SLUG")
        history.set_state("current", choice.slug)
    return choice, write_stub(workspace, catalogue.problems[choice.slug])


def start_problem(workspace: Workspace, problem: Problem, force: bool = False) -> Started:
    started = write_stub(workspace, problem, force)
    with open_history(workspace) as history:
        history.set_state("current", problem.slug)
    return started


def write_stub(workspace: Workspace, problem: Problem, force: bool = False) -> Started:
    """Write the stub unless the file exists. With force, the old file is kept as a backup:
    a learner's work is never overwritten."""
    path = workspace.solution_path(problem.slug)
    path.parent.mkdir(parents=True, exist_ok=True)
    backup = None
    if path.exists():
        if not force:
            return Started(problem, path, created=False)
        stamp = clock.now().strftime("%Y%m%d-%H%M%S")
        backup = path.with_name(f"{path.stem}.{stamp}.py.bak")
        os.replace(path, backup)
    try:
        with open(path, "x", encoding="utf-8") as handle:  # "x": never clobber a file
            handle.write(render_stub(problem))
    except FileExistsError:
        return Started(problem, path, created=False)
    return Started(problem, path, created=True, backup=backup)


def current_slug(workspace: Workspace) -> str:
    with open_history(workspace) as history:
        slug = history.get_state("current")
    if not slug:
        raise TrainerError("no current problem: run `trainer next`, or name one: "
                           "trainer grade SLUG")
    return str(slug)


def solution_file(workspace: Workspace, problem: Problem, given: Path | None) -> Path:
    path = given if given is not None else workspace.solution_path(problem.slug)
    if not path.is_file():
        if given is not None:
            raise WorkspaceError(f"no such file: {given}")
        raise WorkspaceError(
            f"no solution at {workspace.relative(path)}: run `trainer start {problem.slug}` "
            "to write its stub")
    return path


def record_attempt(workspace: Workspace, outcome: Outcome, path: Path,
                   hints: int = 0) -> Attempt:
    """One attempt and its card update, in one transaction."""
    now = clock.now()
    with open_history(workspace) as history:
        previous = history.previous(outcome.slug)
        rating = rating_for(outcome.passed, previous, hints)
        card, due_day = review(history.card(outcome.slug), outcome.slug, rating, now)
        attempt = Attempt(
            slug=outcome.slug, at=now, verdict=outcome.verdict, rating=int(rating),
            seed=outcome.seed, cases=outcome.cases, elapsed_s=round(outcome.elapsed_s, 3),
            file_hash=hashlib.sha256(path.read_bytes()).hexdigest(), hints=hints,
            counterexample=outcome.counterexample.to_json() if outcome.counterexample else None,
        )
        history.record(attempt, card, due_day)
    return attempt
