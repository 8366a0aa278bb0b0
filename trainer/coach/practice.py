"""The practice loop: today's problem, its stub, and recording a graded attempt."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainer import clock
from trainer.coach import state
from trainer.coach.scheduler import Choice, choose, rating_for, review
from trainer.coach.stubs import Started, write_stub
from trainer.errors import TrainerError, WorkspaceError
from trainer.problems.catalogue import Catalogue
from trainer.store.attempts import Attempt
from trainer.store.history import open_history
from trainer.store.transfer import export_rows, import_rows
from trainer.workspace import Workspace

if TYPE_CHECKING:  # `next` and `start` import neither the grader nor the spec parser
    from trainer.grading.outcome import Outcome
    from trainer.problems.spec import Problem


def next_problem(workspace: Workspace, catalogue: Catalogue,
                 topic: str | None = None) -> tuple[Choice, Started]:
    if topic is not None and not any(p.topic == topic for p in catalogue.index.values()):
        topics = sorted({p.topic for p in catalogue.index.values()})
        raise TrainerError(f"no topic {topic!r}; topics: {', '.join(topics)}")
    with open_history(workspace) as history:
        choice = choose(catalogue.index, history, clock.now(), topic)
        if choice is None:
            where = f" in {topic}" if topic else ""
            raise TrainerError(f"nothing to practise{where} today: every problem is solved "
                               "and no review is due. Come back tomorrow, or pick one with "
                               "trainer start SLUG")
        history.set_state(state.CURRENT, choice.slug)
    return choice, write_stub(workspace, catalogue.get(choice.slug))


def start_problem(workspace: Workspace, problem: Problem, force: bool = False) -> Started:
    with open_history(workspace) as history:  # a damaged history fails before any file moves
        history.check()
        started = write_stub(workspace, problem, force)
        history.set_state(state.CURRENT, problem.slug)
    return started


def current_slug(workspace: Workspace) -> str:
    with open_history(workspace) as history:
        slug = history.get_state(state.CURRENT)
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
                   easy: bool = False) -> Attempt:
    """One attempt and its card update, in one transaction. Hints shown since the last
    attempt lower the rating of a pass; `easy` (the learner's word) raises a clean one."""
    import hashlib

    now = clock.now()
    with open_history(workspace) as history:
        hints = history.hints_since_last_attempt(outcome.slug)
        revealed = history.revealed_since_last_attempt(outcome.slug)
        previous = history.previous(outcome.slug)
        rating = rating_for(outcome.passed, previous, hints, revealed=revealed, easy=easy)
        card, due_day = review(history.card(outcome.slug), outcome.slug, rating, now)
        attempt = Attempt(
            slug=outcome.slug, at=now, verdict=outcome.verdict, rating=int(rating),
            seed=outcome.seed, cases=outcome.cases, elapsed_s=round(outcome.elapsed_s, 3),
            file_hash=hashlib.sha256(path.read_bytes()).hexdigest(), hints=hints,
            revealed=revealed,
            counterexample=outcome.counterexample.to_json() if outcome.counterexample else None,
        )
        history.record(attempt, card, due_day, forget=[state.PICK])
    return attempt


@dataclass(frozen=True)
class Hint:
    number: int  # 1-based
    total: int
    text: str
    new: bool  # False: every hint was shown already; this is the last one again


def next_hint(workspace: Workspace, problem: Problem) -> Hint:
    """The next hint of a problem, recorded: a pass after a hint is rated Hard."""
    with open_history(workspace) as history:
        taken = history.hints_taken(problem.slug)
        total = len(problem.hints)
        if taken >= total:
            return Hint(total, total, problem.hints[-1], new=False)
        number = history.record_hint(problem.slug, clock.now())
    return Hint(number, total, problem.hints[number - 1], new=True)


def rebuild_cards(attempts: list[Attempt]) -> dict[str, tuple[dict[str, Any], str]]:
    """Every card, replayed from the attempts in time order with their recorded ratings."""
    from fsrs import Rating

    cards: dict[str, tuple[dict[str, Any], str]] = {}
    for attempt in sorted(attempts, key=lambda a: a.at):
        previous = cards.get(attempt.slug, (None, ""))[0]
        cards[attempt.slug] = review(previous, attempt.slug, Rating(attempt.rating), attempt.at)
    return cards


def export_history(workspace: Workspace) -> Iterator[str]:
    """The history as JSON lines."""
    with open_history(workspace) as history:
        for row in export_rows(history):
            yield json.dumps(row, sort_keys=True)


def import_history(workspace: Workspace, lines: Iterable[str | bytes],
                   name: str = "-") -> dict[str, int]:
    """Add what a backup holds and this history lacks; how many of each kind were added.
    Every line is checked before anything is written: `FILE:LINE: what is wrong`."""
    from trainer.store.transfer import row_problem

    rows = []
    for number, raw in enumerate(lines, 1):
        where = f"{name}:{number}"
        try:
            line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        except UnicodeDecodeError:
            raise TrainerError(f"{where}: not text (is this a history export?)") from None
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError:
            raise TrainerError(f"{where}: not a JSON line (is this a history export?)") from None
        if not isinstance(row, dict):
            raise TrainerError(f"{where}: not an attempt, a hint, a reveal or an interview")
        problem = row_problem(row)
        if problem is not None:
            raise TrainerError(f"{where}: {problem}; nothing was imported")
        rows.append(row)
    with open_history(workspace) as history:
        return import_rows(history, rows, rebuild_cards)


def attempt_summary(workspace: Workspace, slug: str) -> str:
    """What an interviewer would add after a pass: how it took, and when it comes back."""
    with open_history(workspace) as history:
        attempts = history.attempts(slug)
        hints = history.hints_taken(slug)
        due = history.cards().get(slug, (None, ""))[1]
    failures = sum(not a.passed for a in attempts)
    tries = f"passed at attempt {len(attempts)}" if failures else "passed on the first attempt"
    hinted = f", with {hints} hint{'s' if hints != 1 else ''}" if hints else ""
    return f"{tries}{hinted}; it comes back for review on {due}"
