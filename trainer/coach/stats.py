"""Progress: what is solved, how regularly, and how much of it is still remembered."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from trainer.coach.scheduler import day_recall
from trainer.problems.vocabulary import DIFFICULTIES
from trainer.store.history import History

if TYPE_CHECKING:
    from trainer.problems.entry import Entry

CALENDAR_WEEKS = 16


@dataclass
class Stats:
    problems: int
    solved: int
    solved_by_topic: dict[str, list[int]]  # topic -> [solved, total]
    solved_by_difficulty: dict[str, list[int]]
    attempts: int
    streak: int  # consecutive practice days ending today (or yesterday)
    longest_streak: int
    days: dict[str, int]  # practice day -> attempts, for the calendar
    # solved slug -> the chance to recall it today (whole days since its last review)
    retention: dict[str, float] = field(default_factory=dict)

    @property
    def mean_retention(self) -> float | None:
        return sum(self.retention.values()) / len(self.retention) if self.retention else None

    def to_json(self) -> dict[str, Any]:
        return {
            "problems": self.problems, "solved": self.solved,
            "solved_by_topic": self.solved_by_topic,
            "solved_by_difficulty": self.solved_by_difficulty,
            "attempts": self.attempts, "streak": self.streak,
            "longest_streak": self.longest_streak, "days": self.days,
            "retention": self.retention, "mean_retention": self.mean_retention,
        }


def compute_stats(problems: Mapping[str, Entry], history: History, now: datetime) -> Stats:
    summaries = {slug: s for slug, s in history.summaries().items() if slug in problems}
    solved = {slug for slug, s in summaries.items() if s["passes"]}
    by_topic: dict[str, list[int]] = {}
    by_difficulty = {d: [0, 0] for d in DIFFICULTIES}
    for problem in problems.values():
        tally = by_topic.setdefault(problem.topic, [0, 0])
        for counts in (tally, by_difficulty[problem.difficulty]):
            counts[0] += problem.slug in solved
            counts[1] += 1
    days = history.practice_days()
    cards = history.cards()
    retention = {slug: round(day_recall(cards[slug][0], now), 3)
                 for slug in sorted(solved) if slug in cards}
    streak, longest = _streaks(sorted(days), now.date())
    attempts = sum(s["attempts"] for s in summaries.values())
    return Stats(len(problems), len(solved), dict(sorted(by_topic.items())), by_difficulty,
                 attempts, streak, longest, days, retention)


def _streaks(days: list[str], today: date) -> tuple[int, int]:
    """(current, longest) runs of consecutive practice days; the current run may end
    yesterday, since today is not over."""
    dates = [date.fromisoformat(day) for day in days]
    longest = run = 0
    previous: date | None = None
    for day in dates:
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    current = run if previous is not None and today - previous <= timedelta(days=1) else 0
    return current, longest


def calendar_weeks(today: date, weeks: int) -> list[list[date]]:
    """The days of the last `weeks` weeks up to today: one list per week, from its Monday
    (the current week stops at today). The terminal's calendar and the report's share it."""
    start = today - timedelta(days=today.weekday() + 7 * (weeks - 1))
    days = [[start + timedelta(days=7 * week + weekday) for weekday in range(7)]
            for week in range(weeks)]
    return [[day for day in week if day <= today] for week in days]


def calendar(days: dict[str, int], today: date, weeks: int = CALENDAR_WEEKS) -> list[str]:
    """A heatmap of practice days, one row per weekday, one column per week."""
    shades = " ░▒▓█"
    columns = calendar_weeks(today, weeks)
    rows = []
    for weekday, name in enumerate(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")):
        cells = []
        for week in columns:
            if weekday >= len(week):
                cells.append(" ")
                continue
            count = days.get(week[weekday].isoformat(), 0)
            cells.append("·" if count == 0 else shades[min(count, len(shades) - 1)])
        rows.append(f"{name} {''.join(cells)}".rstrip())  # the days after today are blank
    return rows
