"""Progress figures: streaks, the calendar of practice days, solved counts, recall."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from fsrs import Rating

from trainer.coach.scheduler import review
from trainer.coach.stats import Stats, _streaks, calendar, calendar_weeks, compute_stats
from trainer.problems.catalogue import load_catalogue
from trainer.store.attempts import Attempt
from trainer.store.history import History
from trainer.workspace import Workspace

DAY = datetime.fromisoformat("2026-03-10T09:00:00+00:00")  # a Tuesday
TODAY = DAY.date()


def attempt(slug: str, passed: bool, when: datetime, counted: bool = True) -> Attempt:
    return Attempt(slug, when, "passed" if passed else "wrong_answer",
                   (3 if passed else 1) if counted else 0, 0, 10, 0.1, f"h{when}",
                   counted=counted)


@pytest.mark.parametrize(("days", "streaks"), [
    ([], (0, 0)),
    (["2026-03-10"], (1, 1)),
    (["2026-03-09"], (1, 1)),  # today is not over: yesterday's run still counts
    (["2026-03-08"], (0, 1)),
    (["2026-03-08", "2026-03-09", "2026-03-10"], (3, 3)),
    (["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-07"], (0, 3)),
    (["2026-03-01", "2026-03-02", "2026-03-09", "2026-03-10"], (2, 2)),
    (["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-10"], (1, 3)),  # across a month
])
def test_streaks(days: list[str], streaks: tuple[int, int]) -> None:
    assert _streaks(days, TODAY) == streaks


def test_the_calendar_weeks_run_monday_to_sunday_and_stop_today() -> None:
    weeks = calendar_weeks(TODAY, 3)
    assert [len(week) for week in weeks] == [7, 7, 2]
    assert weeks[0][0] == date(2026, 2, 23) and weeks[0][0].weekday() == 0
    assert weeks[-1][-1] == TODAY
    days = [day for week in weeks for day in week]
    assert all(later - earlier == timedelta(days=1)
               for earlier, later in itertools.pairwise(days))


def test_the_calendar_shades_a_day_by_its_attempts() -> None:
    days = {"2026-03-02": 1, "2026-03-03": 2, "2026-03-04": 3, "2026-03-05": 4,
            "2026-03-06": 9, "2026-03-10": 1, "2026-02-25": 1}
    assert calendar(days, TODAY, weeks=3) == [  # 1, 2, 3, then 4 or more
        "Mon ·░·",
        "Tue ·▒░",
        "Wed ░▓",
        "Thu ·█",
        "Fri ·█",
        "Sat ··",
        "Sun ··",
    ]


def test_stats_count_solved_streaks_and_days(
    workspace: Workspace, make_problem: Callable[..., Path]
) -> None:
    make_problem("a")
    make_problem("b", difficulty="hard", topic="graphs")
    problems = load_catalogue(workspace.problems).index
    with History(workspace.history_db) as history:
        for offset, (slug, passed) in enumerate([("a", False), ("a", True), ("b", False)]):
            when = DAY + timedelta(days=offset)
            card, due = review(history.card(slug), slug,
                               Rating.Good if passed else Rating.Again, when)
            history.record(attempt(slug, passed, when), card, due)
        history.record(attempt("b", True, DAY + timedelta(days=2, hours=1), counted=False),
                       None, "")  # a replay that passed: not an attempt, not solved
        history.record(attempt("gone", True, DAY), None, "")  # no longer in the catalogue
        stats = compute_stats(problems, history, DAY + timedelta(days=2, hours=3))
    assert (stats.solved, stats.problems, stats.attempts) == (1, 2, 3)
    assert stats.solved_by_topic == {"arrays-hashing": [1, 1], "graphs": [0, 1]}
    assert stats.solved_by_difficulty == {"easy": [1, 1], "medium": [0, 0], "hard": [0, 1]}
    assert (stats.streak, stats.longest_streak) == (3, 3)
    assert stats.days == {"2026-03-10": 2, "2026-03-11": 1, "2026-03-12": 1}
    assert set(stats.retention) == {"a"} and 0 < stats.retention["a"] <= 1
    assert stats.mean_retention == stats.retention["a"]
    assert stats.to_json()["mean_retention"] == stats.retention["a"]


def test_nothing_solved_has_no_mean_recall() -> None:
    stats = Stats(problems=3, solved=0, solved_by_topic={}, solved_by_difficulty={},
                  attempts=0, streak=0, longest_streak=0, days={})
    assert stats.mean_retention is None
    assert set(stats.to_json()) == {
        "problems", "solved", "solved_by_topic", "solved_by_difficulty", "attempts",
        "streak", "longest_streak", "days", "retention", "mean_retention"}
