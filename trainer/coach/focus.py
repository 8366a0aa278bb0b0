"""Where the learner's interviews point: how strongly each topic weighs in `next`, the round
that names it, and the next interview the schedule aims at.

A round weighs on each of its topics: a failed one fully, a passed one ("could have been
better") less, both halving every HALF_LIFE_DAYS and gone after MAX_AGE_DAYS; an upcoming
interview's topics weigh fully until its day. A topic named by several rounds adds them up.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from trainer.store.interviews import Interview

FAILED_WEIGHT = 1.0
PASSED_WEIGHT = 0.4  # a passed round's topics count less than a failed round's
UPCOMING_WEIGHT = 1.0
HALF_LIFE_DAYS = 30  # a round a month old weighs half as much as yesterday's
MAX_AGE_DAYS = 180  # rounds older than this no longer steer anything
LAST_DAYS_WITHOUT_HARD = 2  # no new hard problem on the last two days before an interview
COVER_DAYS = 14  # a gap topic practised within this many days counts as covered


@dataclass(frozen=True)
class Focus:
    topic: str
    weight: float  # 0 for a topic no round names; about 1 for yesterday's failed round
    interview: Interview  # the round that weighs most on the topic


def round_weight(interview: Interview, today: date) -> float:
    """How much one round weighs on its topics today."""
    day = date.fromisoformat(interview.day)
    if interview.outcome == "upcoming":
        return UPCOMING_WEIGHT if day >= today else 0.0
    age = (today - day).days
    if age < 0 or age > MAX_AGE_DAYS:
        return 0.0
    base = FAILED_WEIGHT if interview.outcome == "failed" else PASSED_WEIGHT
    return base * 0.5 ** (age / HALF_LIFE_DAYS)


def topic_focus(interviews: Iterable[Interview], today: date) -> dict[str, Focus]:
    """Each topic some round names, with its total weight and its heaviest round."""
    totals: dict[str, float] = {}
    heaviest: dict[str, tuple[float, Interview]] = {}
    for interview in interviews:
        weight = round_weight(interview, today)
        if weight <= 0:
            continue
        for topic in interview.topics:
            totals[topic] = totals.get(topic, 0.0) + weight
            if topic not in heaviest or weight > heaviest[topic][0]:
                heaviest[topic] = (weight, interview)
    return {topic: Focus(topic, totals[topic], heaviest[topic][1]) for topic in totals}


def next_interview(interviews: Iterable[Interview], today: date) -> Interview | None:
    upcoming = [i for i in interviews if i.outcome == "upcoming" and i.day >= today.isoformat()]
    return min(upcoming, key=lambda i: (i.day, i.id or 0), default=None)


def round_name(interview: Interview) -> str:
    """'the 2026-12-01 Acme round', or 'the 2026-11-20 round' without a company."""
    at = f" {interview.company}" if interview.company else ""
    return f"the {interview.day}{at} round"


def focus_why(focus: Focus) -> str:
    """'graphs: the 2026-12-01 Acme round', and what that round said of the topic."""
    what = {"failed": "went wrong there", "passed": "could have gone better there",
            "upcoming": "asks it"}[focus.interview.outcome]
    return f"{focus.topic}: {round_name(focus.interview)} {what}"


def days_before(interview: Interview, today: date) -> int:
    """Whole days from today to the interview's day (0 on the day)."""
    return (date.fromisoformat(interview.day) - today).days


def cover_since(today: date) -> str:
    return (today - timedelta(days=COVER_DAYS)).isoformat()
