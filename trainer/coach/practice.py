"""The practice loop: today's problem, its stub, and recording a graded attempt."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainer import clock
from trainer.coach import state
from trainer.coach.scheduler import Choice, choose, day_rating, review
from trainer.coach.stubs import Started, set_aside, write_stub
from trainer.errors import TrainerError, WorkspaceError
from trainer.problems.catalogue import Catalogue
from trainer.store.attempts import Attempt
from trainer.store.cases import KeptCase
from trainer.store.history import open_history
from trainer.store.transfer import export_rows, import_rows
from trainer.words import plural
from trainer.workspace import Workspace

if TYPE_CHECKING:  # `next` and `start` import neither the grader nor the spec parser
    from trainer.grading.outcome import Outcome
    from trainer.problems.spec import Problem


def next_problem(workspace: Workspace, catalogue: Catalogue,
                 topic: str | None = None) -> tuple[Choice, Started, bool]:
    """Today's problem, its stub, and whether the choice is remembered (not where the
    history is read-only)."""
    if topic is not None:
        catalogue.check_topic(topic)
    with open_history(workspace) as history:
        choice = choose(catalogue.index, history, clock.now(), topic)
        if choice is None:
            where = f" in {topic}" if topic else ""
            raise TrainerError(f"nothing to practise{where} today: every problem is solved "
                               "and no review is due. Come back tomorrow, or pick one with "
                               "trainer start SLUG")
        kept = None
        remembered = not history.read_only
        if remembered:  # read-only: shown, not remembered, no file moved
            history.set_state(state.CURRENT, choice.slug)
            if choice.reason == "review":
                kept = _set_aside_for_review(workspace, history, choice)
    started = write_stub(workspace, catalogue.get(choice.slug))
    if kept is not None:
        started = Started(started.problem, started.path, started.created, backup=kept)
    return choice, started, remembered


def _set_aside_for_review(workspace: Workspace, history: Any, choice: Choice) -> Path | None:
    """A review is solved afresh: the solution graded on an earlier day moves to
    solutions/.attempts/<module>.<day>.py (never over another file), so that `next` writes
    a fresh stub. A file changed since its last grading, or already graded today, stays."""
    import hashlib

    path = workspace.solution_path(choice.slug)
    today = clock.now().date().isoformat()
    gradings = history.attempts(choice.slug)
    if not path.is_file() or not gradings or any(a.day == today for a in gradings):
        return None
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    graded = [a for a in gradings if a.file_hash == digest]
    if not graded:
        return None
    return set_aside(path, path.parent / ".attempts", f"{path.stem}.{graded[-1].day}", ".py")


def skip_today(workspace: Workspace) -> str:
    """Defer today's problem (the pick of `next`, or the current one): recorded, not a
    failure; `next` gives another problem today."""
    today = clock.now().date().isoformat()
    with open_history(workspace) as history:
        pick = history.get_state(state.PICK)
        slug = pick["slug"] if pick and pick.get("day") == today else \
            history.get_state(state.CURRENT)
        if not slug:
            raise TrainerError("nothing to skip: run `trainer next` first")
        skips = history.get_state(state.SKIPS) or {}
        slugs = skips.get("slugs", []) if skips.get("day") == today else []
        history.set_state(state.SKIPS, {"day": today, "slugs": sorted({*slugs, slug})})
        history.set_state(state.PICK, None)
    return str(slug)


def start_problem(workspace: Workspace, problem: Problem, force: bool = False) -> Started:
    with open_history(workspace) as history:  # a damaged history fails before any file moves
        history.check()
        history.require_writable()
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


def not_an_attempt(data: bytes, earlier_hashes: Iterable[str], *, replay: bool,
                   stub: str | None) -> str | None:
    """Why a grading is not an attempt (None: it is one). An attempt is a grading of a
    changed file: not the untouched stub, not a --seed replay, not a file graded before."""
    import hashlib

    if replay:
        return "a replay with --seed"
    if stub is not None and data == stub.encode("utf-8"):
        return "the untouched stub"
    if hashlib.sha256(data).hexdigest() in set(earlier_hashes):
        return "the same file as an earlier attempt"
    return None


def record_attempt(workspace: Workspace, outcome: Outcome, path: Path,
                   easy: bool = False, *, replay: bool = False,
                   stub: str | None = None,
                   keep: KeptCase | None = None) -> tuple[Attempt, str | None]:
    """A grading, and if it is an attempt its card update, in one transaction; with the
    reason it is not an attempt (None when it is). A problem gets one review a day, rated
    from the day's attempts together and from the card as it was before the day. `keep`:
    the input it failed on, kept in the same transaction."""
    import hashlib

    now = clock.now()
    today = now.date().isoformat()
    data = path.read_bytes()
    with open_history(workspace) as history:
        earlier = history.attempts(outcome.slug, counted=True)
        reason = not_an_attempt(data, (a.file_hash for a in earlier), replay=replay,
                                stub=stub)
        hints = history.hints_since_last_attempt(outcome.slug)
        revealed = history.revealed_since_last_attempt(outcome.slug)
        card = base = None
        due_day = ""
        rating = 0
        if reason is None:
            todays = [a for a in earlier if a.day == today]
            before = [a for a in earlier if a.day < today]
            session = before[-1].at if before else None
            helped = (history.hints_since(outcome.slug, session) > 0
                      or history.reveals_since(outcome.slug, session) > 0)
            passes = [a.passed for a in todays] + [outcome.passed]
            rated = day_rating(passes, helped=helped, easy=easy)
            rating = int(rated)
            base = history.day_base(outcome.slug, today)
            card, due_day = review(base, outcome.slug, rated, now)
        attempt = Attempt(
            slug=outcome.slug, at=now, verdict=outcome.verdict, rating=rating,
            seed=outcome.seed, cases=outcome.cases, elapsed_s=round(outcome.elapsed_s, 3),
            file_hash=hashlib.sha256(data).hexdigest(), hints=hints,
            revealed=revealed, counted=reason is None,
            counterexample=outcome.counterexample.to_json() if outcome.counterexample else None,
            **claim_fields(outcome.claims),
        )
        history.record(attempt, card, due_day, base=base, keep=keep)
    return attempt, reason


def claim_fields(claims: dict[str, Any] | None) -> dict[str, Any]:
    """The claimed complexity as an attempt stores it: the claim and whether it matched."""
    fields: dict[str, Any] = {}
    for kind in ("time", "space"):
        entry = (claims or {}).get(kind)
        if entry:
            fields[f"{kind}_claim"] = entry["claimed"]
            fields[f"{kind}_claim_ok"] = entry["matches"]
    return fields


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


Rebuilt = dict[str, tuple[dict[str, Any], str, dict[str, Any] | None, str]]


def rebuild_cards(attempts: list[Attempt]) -> Rebuilt:
    """Every card, replayed day by day from the attempts: one review per problem and day,
    with the rating and time of the day's last attempt (as recording them one by one
    leaves it), and the card as it was before that day."""
    from fsrs import Rating

    last_of_day: dict[tuple[str, str], Attempt] = {}
    for attempt in sorted((a for a in attempts if a.counted), key=lambda a: a.at):
        last_of_day[(attempt.slug, attempt.day)] = attempt
    cards: Rebuilt = {}
    for (slug, day), attempt in sorted(last_of_day.items(), key=lambda item: item[1].at):
        base = cards[slug][0] if slug in cards else None
        card, due_day = review(base, slug, Rating(attempt.rating), attempt.at)
        cards[slug] = (card, due_day, base, day)
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
            raise TrainerError(f"{where}: not an attempt, a hint, a reveal, an interview or a "
                               "kept input")
        problem = row_problem(row)
        if problem is not None:
            raise TrainerError(f"{where}: {problem}; nothing was imported")
        rows.append(row)
    with open_history(workspace) as history:
        return import_rows(history, rows, rebuild_cards)


def attempt_summary(workspace: Workspace, slug: str) -> str:
    """What an interviewer would add after a pass: how today's sitting took (its attempts
    and the hints shown today, never those of an earlier day), and when it comes back."""
    now = clock.now()
    today = now.date().isoformat()
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    with open_history(workspace) as history:
        attempts = history.attempts(slug, counted=True)
        hints = history.hints_since(slug, midnight - timedelta(microseconds=1))
        due = history.due_days().get(slug, "")
    todays = [a for a in attempts if a.day == today]
    failures = sum(not a.passed for a in todays)
    tries = (f"passed at attempt {len(todays)} today" if failures
             else "passed on the first attempt today")
    hinted = f", with {plural(hints, 'hint')}" if hints else ""
    return f"{tries}{hinted}; it comes back for review on {due}"
