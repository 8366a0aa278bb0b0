"""The way to an upcoming interview: what to practise each day until then, and a forecast
per gap topic for the interview day.

The gap topics are the upcoming interview's own, then those of rounds failed lately, then
those of rounds passed with something to improve. The work, in the order it is laid out:

- retry: a gap-topic problem attempted and never passed;
- new: a gap-topic problem never tried, easy before hard, topics taken in turn; no new
  hard problem in the last LAST_DAYS_WITHOUT_HARD days;
- refresh: a solved gap-topic problem whose estimated recall on the interview day is below
  the desired retention; last, so that it is fresh on the day.

The work is spread evenly over the days before the interview, in that order.

The forecast of a topic for the interview day is the chance to pass one of its problems:
a solved problem counts with its estimated recall on that day (FSRS), an unsolved one with
the topic's pass rate so far.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from trainer.coach.focus import LAST_DAYS_WITHOUT_HARD, next_interview, round_name
from trainer.coach.scheduler import desired_retention, retrievability
from trainer.problems.entry import Entry
from trainer.store.history import History
from trainer.store.interviews import Interview

RECENT_ROUNDS_DAYS = 180  # failed or passed rounds older than this no longer set the plan
PACE_DAYS = 28  # the learner's pace: problems a practice day over the last four weeks


@dataclass(frozen=True)
class Item:
    slug: str
    topic: str
    kind: str  # "retry", "new" or "refresh"
    difficulty: str
    recall: float | None = None  # refresh: the estimated recall on the interview day

    def to_json(self) -> dict[str, Any]:
        return {"slug": self.slug, "topic": self.topic, "kind": self.kind,
                "difficulty": self.difficulty, "recall": self.recall}


@dataclass(frozen=True)
class Forecast:
    topic: str
    problems: int
    solved: int
    recall: float | None  # mean estimated recall of the solved ones on the interview day
    pass_rate: float | None  # the topic's share of passing attempts so far
    chance: float  # to pass one of the topic's problems on the interview day

    def to_json(self) -> dict[str, Any]:
        return {"topic": self.topic, "problems": self.problems, "solved": self.solved,
                "recall": self.recall, "pass_rate": self.pass_rate, "chance": self.chance}


@dataclass(frozen=True)
class Plan:
    interview: Interview | None
    days_left: int = 0  # practice days before the interview (today counts)
    gaps: dict[str, str] = field(default_factory=dict)  # topic -> why it is a gap
    days: list[tuple[str, list[Item]]] = field(default_factory=list)
    per_day: int = 0
    pace: float | None = None  # problems a practice day lately; None without history
    forecasts: list[Forecast] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "interview": self.interview.to_json() if self.interview else None,
            "days_left": self.days_left, "gaps": self.gaps, "per_day": self.per_day,
            "pace": self.pace,
            "days": [{"day": day, "items": [item.to_json() for item in items]}
                     for day, items in self.days],
            "forecasts": [forecast.to_json() for forecast in self.forecasts],
        }


def gap_topics(interviews: list[Interview], upcoming: Interview | None,
               today: date) -> dict[str, str]:
    """Topic -> why: the upcoming round's, then failed rounds', then passed rounds'."""
    since = (today - timedelta(days=RECENT_ROUNDS_DAYS)).isoformat()
    gaps: dict[str, str] = {}
    if upcoming is not None:
        for topic in upcoming.topics:
            gaps.setdefault(topic, "this interview asks it")
    for outcome in ("failed", "passed"):
        for interview in sorted(interviews, key=lambda i: i.day, reverse=True):
            if interview.outcome == outcome and since <= interview.day <= today.isoformat():
                how = "failed in" if outcome == "failed" else "could have been better in"
                for topic in interview.topics:
                    gaps.setdefault(topic, f"{how} {round_name(interview)}")
    return gaps


def make_plan(problems: Mapping[str, Entry], history: History, now: datetime) -> Plan:
    today = now.date()
    interviews = history.interviews()
    upcoming = next_interview(interviews, today)
    if upcoming is None:
        return Plan(None)
    day = date.fromisoformat(upcoming.day)
    on_the_day = datetime.combine(day, now.timetz())
    days_left = max(1, (day - today).days)
    gaps = {topic: why for topic, why in gap_topics(interviews, upcoming, today).items()
            if any(p.topic == topic for p in problems.values())}
    totals = history.summaries()
    tried = set(totals)
    recall = recall_on(history, on_the_day)
    solved = set(recall)
    work = _work(problems, gaps, solved, tried, recall)
    per_day = math.ceil(len(work) / days_left) if work else 0
    sessions = history.sessions_since((today - timedelta(days=PACE_DAYS)).isoformat())
    return Plan(upcoming, days_left, gaps, _lay_out(work, today, days_left), per_day,
                _pace(sessions), [forecast_topic(topic, problems, solved, recall, totals)
                                  for topic in gaps])


def _work(problems: Mapping[str, Entry], gaps: Mapping[str, str], solved: set[str],
          tried: set[str], recall: Mapping[str, float]) -> list[Item]:
    """Retries, then new problems (topics in turn, easy first), then refreshes (the most
    forgotten first)."""
    in_gaps = sorted((p for p in problems.values() if p.topic in gaps),
                     key=lambda p: (p.difficulty_rank, p.slug))
    retries = [Item(p.slug, p.topic, "retry", p.difficulty) for p in in_gaps
               if p.slug in tried and p.slug not in solved]
    fresh: dict[str, list[Item]] = {topic: [] for topic in gaps}
    for p in in_gaps:
        if p.slug not in tried:
            fresh[p.topic].append(Item(p.slug, p.topic, "new", p.difficulty))
    new = []
    while any(fresh.values()):  # one of each topic in turn, in the order of the gaps
        for topic in gaps:
            if fresh[topic]:
                new.append(fresh[topic].pop(0))
    new.sort(key=lambda item: item.difficulty == "hard")  # hard ones last, stably
    target = desired_retention()
    refresh = sorted((Item(p.slug, p.topic, "refresh", p.difficulty, round(recall[p.slug], 3))
                      for p in in_gaps if p.slug in recall and recall[p.slug] < target),
                     key=lambda item: (item.recall, item.slug))
    return retries + new + refresh


def _lay_out(work: list[Item], today: date, days_left: int) -> list[tuple[str, list[Item]]]:
    """The work spread evenly over the days in its order: retries and new problems counted
    from the first day, refreshes from the last, so that they are fresh on the day; a new
    hard problem moves forward out of the last days."""
    days: list[list[Item]] = [[] for _ in range(days_left)]
    last_hard_day = max(0, days_left - 1 - LAST_DAYS_WITHOUT_HARD)
    total = len(work)
    for number, item in enumerate(work):
        if item.kind == "refresh":
            index = days_left - 1 - (total - 1 - number) * days_left // total
        else:
            index = number * days_left // total
        if item.kind == "new" and item.difficulty == "hard":
            index = min(index, last_hard_day)
        days[index].append(item)
    return [((today + timedelta(days=offset)).isoformat(), items)
            for offset, items in enumerate(days)]


def _pace(sessions: set[tuple[str, str]]) -> float | None:
    """Problems practised a practice day, from the (day, slug) of the last PACE_DAYS days."""
    practice_days = {day for day, _ in sessions}
    return round(len(sessions) / len(practice_days), 2) if practice_days else None


def recall_on(history: History, when: datetime) -> dict[str, float]:
    """Each solved problem's estimated recall at `when`."""
    cards = history.cards()
    return {slug: retrievability(cards[slug][0], when)
            for slug, summary in history.summaries().items()
            if summary["passes"] and slug in cards}


def forecast_topic(topic: str, problems: Mapping[str, Entry], solved: set[str],
                   recall: Mapping[str, float],
                   totals: Mapping[str, Mapping[str, Any]]) -> Forecast:
    """`totals`: per problem its attempts and passes (History.summaries)."""
    slugs = [slug for slug, p in problems.items() if p.topic == topic]
    tried = sum(totals[slug]["attempts"] for slug in slugs if slug in totals)
    passes = sum(totals[slug]["passes"] for slug in slugs if slug in totals)
    pass_rate = passes / tried if tried else None
    recalls = [recall.get(slug, 0.0) for slug in slugs if slug in solved]
    unsolved = len(slugs) - len(recalls)
    chance = (sum(recalls) + unsolved * (pass_rate or 0.0)) / len(slugs) if slugs else 0.0
    return Forecast(topic, len(slugs), len(recalls),
                    round(sum(recalls) / len(recalls), 3) if recalls else None,
                    round(pass_rate, 3) if pass_rate is not None else None, round(chance, 3))
