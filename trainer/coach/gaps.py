"""Progress on each gap an interview showed: the round, its topics, the practice since, and
a forecast for the next interview (or for today, without one)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from trainer.coach.focus import next_interview, round_name
from trainer.coach.plan import Forecast, forecast_topic, recall_on
from trainer.problems.entry import Entry
from trainer.store.history import History
from trainer.store.interviews import Interview


@dataclass(frozen=True)
class Gap:
    interview: Interview
    topic: str
    attempts: int  # attempts at the topic's problems since the round
    passes: int
    forecast: Forecast  # for `on`, the next interview's day (today without one)
    on: str
    trend: str = ""  # the topic's trend, as review tells it (coach/lessons.py sets it)

    def to_json(self) -> dict[str, Any]:
        return {"interview": self.interview.to_json(), "round": round_name(self.interview),
                "topic": self.topic, "attempts_since": self.attempts,
                "passes_since": self.passes, "trend": self.trend, "forecast_day": self.on,
                "forecast": self.forecast.to_json()}


def gap_reports(problems: Mapping[str, Entry], history: History, now: datetime) -> list[Gap]:
    """One per topic of each failed or passed round, the latest round first."""
    interviews = history.interviews()
    rounds = sorted((i for i in interviews if i.outcome != "upcoming"
                     and i.day <= now.date().isoformat()),
                    key=lambda i: (i.day, i.id or 0), reverse=True)
    if not rounds:
        return []
    upcoming = next_interview(interviews, now.date())
    on = date.fromisoformat(upcoming.day) if upcoming else now.date()
    attempts = history.attempts_since(rounds[-1].day)  # the oldest round's day on
    totals = history.summaries()
    recall = recall_on(history, datetime.combine(on, now.timetz()))
    solved = set(recall)
    gaps = []
    for interview in rounds:
        for topic in interview.topics:
            since = [a for a in attempts if a.day >= interview.day
                     and a.slug in problems and problems[a.slug].topic == topic]
            gaps.append(Gap(interview, topic, len(since), sum(a.passed for a in since),
                            forecast_topic(topic, problems, solved, recall, totals),
                            on.isoformat()))
    return gaps
