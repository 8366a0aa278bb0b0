"""What the learner's interviews showed: rounds failed or passed, the topics where it went
wrong, and the day of the next one."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from trainer import clock
from trainer.coach import state
from trainer.errors import TrainerError
from trainer.store.history import History, open_history
from trainer.store.interviews import OUTCOMES, Interview
from trainer.workspace import Workspace

MAX_TEXT = 500  # a company name or a note longer than this is a paste gone wrong


def parse_day(text: str | None, today: date) -> date:
    """YYYY-MM-DD, or today / tomorrow / yesterday; no text is today."""
    if text is None or not text.strip():
        return today
    word = text.strip().lower()
    relative = {"today": 0, "tomorrow": 1, "yesterday": -1}
    if word in relative:
        return today + timedelta(days=relative[word])
    try:
        return date.fromisoformat(word)
    except ValueError:
        raise TrainerError(f"--date {text!r} is not a day: give it as YYYY-MM-DD "
                           f"(for example {today.isoformat()}), or today, tomorrow, "
                           "yesterday") from None


def parse_topics(text: str, known: Iterable[str]) -> tuple[str, ...]:
    """Comma-separated topic names, each one of the bank's, in the order given, once."""
    known = sorted(set(known))
    topics: list[str] = []
    for part in text.split(","):
        name = part.strip().lower()
        if not name:
            continue
        if name not in known:
            close = difflib.get_close_matches(name, known, n=2, cutoff=0.6)
            hint = (f"did you mean {' or '.join(close)}?" if close
                    else f"the topics are: {', '.join(known)}")
            raise TrainerError(f"no topic {name!r}; {hint}")
        if name not in topics:
            topics.append(name)
    if not topics:
        raise TrainerError(f"--topics needs at least one topic, separated by commas "
                           f"(the topics are: {', '.join(known)})")
    return tuple(topics)


def record_interview(workspace: Workspace, known_topics: Iterable[str], *, day: str | None,
                     outcome: str | None, topics: str, company: str, note: str,
                     now: datetime) -> Interview:
    """Check a round as the learner described it and store it."""
    today = now.date()
    when = parse_day(day, today)
    if outcome is None:
        if when <= today:
            raise TrainerError(f"how did the round of {when.isoformat()} go? Say "
                               "--outcome failed or --outcome passed")
        outcome = "upcoming"
    if outcome not in OUTCOMES:
        raise TrainerError(f"--outcome {outcome!r}: use one of {', '.join(OUTCOMES)}")
    if outcome == "upcoming" and when < today:
        raise TrainerError(f"{when.isoformat()} is past: an upcoming interview is today or "
                           "later (for a round that took place, --outcome failed or passed)")
    if outcome != "upcoming" and when > today:
        raise TrainerError(f"{when.isoformat()} is still to come: record it as "
                           f"--outcome upcoming, or give the day the round took place")
    for name, value in (("--company", company), ("--note", note)):
        if len(value) > MAX_TEXT:
            raise TrainerError(f"{name} is {len(value):,} characters; keep it under "
                               f"{MAX_TEXT}")
    interview = Interview(day=when.isoformat(), outcome=outcome,
                          topics=parse_topics(topics, known_topics), company=company.strip(),
                          note=note.strip(), added_at=now.isoformat())
    with open_history(workspace) as history:
        added = history.add_interview(interview)
        forget_untouched_pick(history, today.isoformat())
    return added


def list_interviews(workspace: Workspace) -> list[Interview]:
    with open_history(workspace) as history:
        return history.interviews()


def remove_interview(workspace: Workspace, interview_id: int) -> None:
    with open_history(workspace) as history:
        if not history.remove_interview(interview_id):
            raise TrainerError(f"no interview #{interview_id}; `trainer interview list` "
                               "shows them with their numbers")
        forget_untouched_pick(history, clock.today().isoformat())


def forget_untouched_pick(history: History, today: str) -> None:
    """Today's pick of `next`, chosen before the interviews changed, is chosen afresh,
    unless it was attempted today: a problem begun stays until it is passed or skipped."""
    pick = history.get_state(state.PICK)
    if pick and pick.get("day") == today and not any(
            a.day == today for a in history.attempts(pick["slug"])):
        history.set_state(state.PICK, None)


def describe(interview: Interview) -> str:
    """One line: '#2 2026-12-01 failed at Acme: graphs, dp-1d (froze on the BFS)'."""
    at = f" at {interview.company}" if interview.company else ""
    note = f" ({interview.note})" if interview.note else ""
    return (f"#{interview.id} {interview.day} {interview.outcome}{at}: "
            f"{', '.join(interview.topics)}{note}")
