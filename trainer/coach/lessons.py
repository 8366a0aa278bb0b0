"""What `review` and `report` add to the topics: the progress on each gap an interview
showed, and per topic the kind of failure that keeps happening."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from trainer.coach.failures import KIND_NAMES, counted, dominant_kind, kinds_by_topic
from trainer.coach.gaps import Gap, gap_reports
from trainer.problems.entry import Entry
from trainer.store.history import History

FAILURES_READ = 500  # the latest failed attempts say what keeps happening; older ones less


@dataclass(frozen=True)
class TopicFailures:
    topic: str
    kinds: dict[str, int]  # kind (failures.KIND_NAMES) -> failed attempts, the most first
    mostly: str | None  # the kind that is at least half of three or more

    @property
    def sentence(self) -> str:
        """'Your arrays-hashing failures are mostly edge cases (3 of 4).'"""
        total = sum(self.kinds.values())
        if self.mostly is not None:
            return (f"Your {self.topic} failures are mostly {KIND_NAMES[self.mostly]} "
                    f"({self.kinds[self.mostly]} of {total}).")
        shown = ", ".join(counted(kind, count) for kind, count in self.kinds.items())
        return f"Your {self.topic} failures: {shown}."

    def to_json(self) -> dict[str, Any]:
        return {"topic": self.topic, "kinds": self.kinds, "mostly": self.mostly,
                "sentence": self.sentence}


@dataclass(frozen=True)
class Lessons:
    gaps: list[Gap] = field(default_factory=list)
    failures: dict[str, TopicFailures] = field(default_factory=dict)  # topics with failures

    def for_topic(self, topic: str) -> dict[str, Any]:
        """The fields a topic's JSON object gains."""
        failures = self.failures.get(topic)
        return {"gaps": [gap.to_json() for gap in self.gaps if gap.topic == topic],
                "failures": failures.to_json() if failures else None}


def lessons(problems: Mapping[str, Entry], history: History, now: datetime,
            trends: Mapping[str, str]) -> Lessons:
    """The gaps of the logged rounds, each with its topic's trend (`trends`: topic ->
    trend, as review has it), and the failure kinds of every topic that failed."""
    gaps = [replace(gap, trend=trends.get(gap.topic, "not started"))
            for gap in gap_reports(problems, history, now)]
    mix = kinds_by_topic(history.latest_failures(FAILURES_READ), problems)
    failures = {topic: TopicFailures(topic, dict(counts.most_common()), dominant_kind(counts))
                for topic, counts in sorted(mix.items())}
    return Lessons(gaps, failures)
