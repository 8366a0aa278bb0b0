"""Where the gaps are: per topic, how practice is going and what to do next."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from trainer.coach.scheduler import failed_days, is_leech
from trainer.store.attempts import Attempt
from trainer.store.history import History

if TYPE_CHECKING:
    from trainer.problems.entry import Entry

TREND_DAYS = 14


@dataclass
class TopicReport:
    topic: str
    problems: int
    solved: int = 0
    attempts: int = 0
    passed: int = 0
    recent_fail_rate: float | None = None  # the last two weeks
    earlier_fail_rate: float | None = None  # everything before them
    due: list[str] = field(default_factory=list)
    leeches: list[str] = field(default_factory=list)
    suggestion: str | None = None
    claims: int = 0  # complexity claims judged (time and space each count)
    claims_missed: int = 0
    claims_missed_time: int = 0
    claims_missed_space: int = 0

    @property
    def pass_rate(self) -> float | None:
        return self.passed / self.attempts if self.attempts else None

    @property
    def trend(self) -> str:
        """The last two weeks against everything before: new only for a topic never
        practised before them."""
        if not self.attempts:
            return "not started"
        if self.earlier_fail_rate is None:
            return "new"
        if self.recent_fail_rate is None:
            return "not lately"
        change = self.recent_fail_rate - self.earlier_fail_rate
        return "improving" if change < -0.1 else "slipping" if change > 0.1 else "steady"

    @property
    def claims_sentence(self) -> str | None:
        """'complexity claims missed: 3 of 7, mostly time' (None: none missed)."""
        if not self.claims_missed:
            return None
        time, space = self.claims_missed_time, self.claims_missed_space
        mostly = ("all time" if not space else "all space" if not time
                  else "mostly time" if time > space else "mostly space" if space > time
                  else "time and space alike")
        return f"complexity claims missed: {self.claims_missed} of {self.claims}, {mostly}"

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "pass_rate": self.pass_rate, "trend": self.trend}


def leeches(attempts: Iterable[Attempt]) -> set[str]:
    """The problems failed again and again, counted as the scheduler counts them: failed
    days, not failed gradings."""
    return {slug for slug, failures in failed_days(attempts).items() if is_leech(failures)}


def topic_reports(problems: Mapping[str, Entry], history: History,
                  today: date) -> list[TopicReport]:
    """One report per topic; the topics that keep failing come first."""
    by_topic = {p.topic: TopicReport(p.topic, 0) for p in problems.values()}
    recent = (today - timedelta(days=TREND_DAYS)).isoformat()
    windows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    counts = history.slug_counts(recent, "")
    due_days = history.due_days()
    claimed = history.claim_tallies()
    stuck = leeches(history.attempts(counted=True))
    solved = {slug for slug, c in counts.items() if c.passes}
    for slug, problem in sorted(problems.items()):
        report = by_topic[problem.topic]
        report.problems += 1
        report.solved += slug in solved
        if slug in due_days and due_days[slug] <= today.isoformat():
            report.due.append(slug)
        if slug in stuck:
            report.leeches.append(slug)
        if slug in claimed:
            claim = claimed[slug]
            report.claims += claim.time + claim.space
            report.claims_missed += claim.time_missed + claim.space_missed
            report.claims_missed_time += claim.time_missed
            report.claims_missed_space += claim.space_missed
        if slug in counts:
            tally = counts[slug]
            report.attempts += tally.attempts
            report.passed += tally.passes
            window = windows[problem.topic]
            for index, value in enumerate((tally.recent_failed, tally.recent,
                                           tally.earlier_failed, tally.earlier)):
                window[index] += value
    for topic, (recent_failed, recent_total, earlier_failed, earlier_total) in windows.items():
        report = by_topic[topic]
        report.recent_fail_rate = recent_failed / recent_total if recent_total else None
        report.earlier_fail_rate = earlier_failed / earlier_total if earlier_total else None
    for report in by_topic.values():
        report.suggestion = _suggestion(report, problems, solved, stuck)
    return sorted(by_topic.values(), key=_urgency)


def _suggestion(report: TopicReport, problems: Mapping[str, Entry], solved: set[str],
                stuck: set[str]) -> str | None:
    """A due problem that is not a leech; else the easiest problem not yet solved."""
    for slug in report.due:
        if slug not in stuck:
            return slug
    open_problems = [p for p in problems.values()
                     if p.topic == report.topic and p.slug not in solved and p.slug not in stuck]
    if open_problems:
        return min(open_problems, key=lambda p: (p.difficulty_rank, p.slug)).slug
    return report.due[0] if report.due else None


def _urgency(report: TopicReport) -> tuple[Any, ...]:
    failing = report.recent_fail_rate if report.recent_fail_rate is not None else (
        1 - report.pass_rate if report.pass_rate is not None else -1.0)
    return (-failing, -len(report.leeches), -len(report.due), report.topic)
