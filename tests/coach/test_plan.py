"""The plan to an upcoming interview: the gap topics' work, spread over the days before it,
and a forecast per topic."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from trainer.coach.plan import make_plan
from trainer.coach.scheduler import review
from trainer.problems.entry import Entry
from trainer.store.attempts import Attempt
from trainer.store.history import History
from trainer.store.interviews import Interview

NOW = datetime.fromisoformat("2026-12-07T09:00:00+00:00")


def entry(slug: str, topic: str, difficulty: str = "easy") -> Entry:
    return Entry(slug, slug.title(), topic, difficulty, "f", "exact")


PROBLEMS = {e.slug: e for e in [
    entry("g-easy", "graphs"), entry("g-medium", "graphs", "medium"),
    entry("g-hard", "graphs", "hard"), entry("t-easy", "trees"),
    entry("t-medium", "trees", "medium"), entry("d-easy", "dp-1d"),
    entry("s-easy", "strings"),
]}


@pytest.fixture
def history(tmp_path: Path) -> History:
    return History(tmp_path / "h.sqlite3")


def attempt(history: History, slug: str, passed: bool, when: datetime) -> None:
    from fsrs import Rating

    rating = Rating.Good if passed else Rating.Again
    card, due = review(history.card(slug), slug, rating, when)
    history.record(Attempt(slug=slug, at=when, verdict="passed" if passed else "wrong_answer",
                           rating=int(rating), seed=1, cases=1, elapsed_s=0.1,
                           file_hash=slug + str(when)), card, due)


def upcoming(history: History, days: int, *topics: str) -> None:
    history.add_interview(Interview((NOW + timedelta(days=days)).date().isoformat(),
                                    "upcoming", topics, "Initech"))


def test_without_an_upcoming_interview_there_is_no_plan(history: History) -> None:
    history.add_interview(Interview("2026-12-01", "upcoming", ("graphs",)))  # already past
    assert make_plan(PROBLEMS, history, NOW).interview is None


def test_the_gap_topics_work_fills_the_days_before_the_interview(history: History) -> None:
    upcoming(history, 5, "graphs", "trees")
    history.add_interview(Interview("2026-12-01", "failed", ("dp-1d",), "Acme"))
    plan = make_plan(PROBLEMS, history, NOW)
    assert plan.gaps == {"graphs": "this interview asks it", "trees": "this interview asks it",
                         "dp-1d": "failed in the 2026-12-01 Acme round"}
    assert [day for day, _ in plan.days] == [f"2026-12-{d:02d}" for d in range(7, 12)]
    planned = [item.slug for _, items in plan.days for item in items]
    assert sorted(planned) == ["d-easy", "g-easy", "g-hard", "g-medium", "t-easy", "t-medium"]
    assert "s-easy" not in planned  # not a gap topic
    assert planned.index("g-easy") < planned.index("g-medium")  # easy first in a topic
    assert max(len(items) for _, items in plan.days) == plan.per_day == 2


def test_no_new_hard_problem_in_the_last_two_days(history: History) -> None:
    upcoming(history, 3, "graphs")
    plan = make_plan(PROBLEMS, history, NOW)
    by_day = {item.slug: day for day, items in plan.days for item in items}
    assert by_day["g-hard"] == "2026-12-07"  # 3 days: only the first allows a hard one


def test_a_failed_problem_is_retried_first_and_a_fading_one_refreshed_last(
        history: History) -> None:
    attempt(history, "t-medium", False, NOW - timedelta(days=3))
    attempt(history, "t-easy", True, NOW - timedelta(days=60))  # solved long ago: faded
    upcoming(history, 4, "trees")
    plan = make_plan(PROBLEMS, history, NOW)
    items = [item for _, day_items in plan.days for item in day_items]
    assert [(item.slug, item.kind) for item in items] == [("t-medium", "retry"),
                                                          ("t-easy", "refresh")]
    assert plan.days[-1][1] == [items[-1]]  # fresh on the day
    recall = items[-1].recall
    assert recall is not None and 0 < recall < 0.85


def test_the_forecast_counts_recall_of_the_solved_and_the_pass_rate_of_the_rest(
        history: History) -> None:
    attempt(history, "t-easy", False, NOW - timedelta(days=2))
    attempt(history, "t-easy", True, NOW - timedelta(days=1))
    upcoming(history, 2, "trees")
    (forecast,) = make_plan(PROBLEMS, history, NOW).forecasts
    assert (forecast.topic, forecast.problems, forecast.solved, forecast.pass_rate) == (
        "trees", 2, 1, 0.5)
    assert forecast.recall is not None and 0.5 < forecast.recall < 1
    assert forecast.chance == pytest.approx((forecast.recall + 0.5) / 2, abs=0.001)
