"""Each gap an interview showed, with the practice since and a forecast."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from tests.coach.test_plan import NOW, PROBLEMS, attempt
from trainer.coach.gaps import gap_reports
from trainer.store.history import History
from trainer.store.interviews import Interview


def test_each_topic_of_each_round_reports_the_practice_since(tmp_path: Path) -> None:
    with History(tmp_path / "h.sqlite3") as history:
        attempt(history, "g-easy", False, NOW - timedelta(days=10))  # before the round
        history.add_interview(Interview("2026-12-01", "failed", ("graphs", "dp-1d"), "Acme"))
        history.add_interview(Interview("2026-11-20", "passed", ("trees",)))
        attempt(history, "g-easy", False, NOW - timedelta(days=2))
        attempt(history, "g-easy", True, NOW - timedelta(days=1))
        assert gap_reports(PROBLEMS, history, NOW)[0].on == "2026-12-07"  # no upcoming one
        history.add_interview(Interview("2026-12-12", "upcoming", ("graphs",)))
        gaps = gap_reports(PROBLEMS, history, NOW)
    assert [(g.interview.day, g.topic, g.attempts, g.passes) for g in gaps] == [
        ("2026-12-01", "graphs", 2, 1), ("2026-12-01", "dp-1d", 0, 0),
        ("2026-11-20", "trees", 0, 0)]
    assert gaps[0].on == "2026-12-12"
    assert gaps[0].forecast.solved == 1 and gaps[1].forecast.chance == 0.0


def test_without_a_past_round_there_are_no_gaps(tmp_path: Path) -> None:
    with History(tmp_path / "h.sqlite3") as history:
        history.add_interview(Interview("2026-12-12", "upcoming", ("graphs",)))
        assert gap_reports(PROBLEMS, history, datetime.fromisoformat(
            "2026-12-07T09:00:00+00:00")) == []
