"""Interview rounds in the history: stored, listed by day, removed, exported and imported."""

from __future__ import annotations

from pathlib import Path

from trainer.store.history import History
from trainer.store.interviews import Interview
from trainer.store.transfer import export_rows, import_rows

FAILED = Interview("2026-12-01", "failed", ("graphs", "dp-1d"), "Acme", "froze on the BFS",
                   "2026-12-02T09:00:00+00:00")
UPCOMING = Interview("2026-12-12", "upcoming", ("trees",), added_at="2026-12-02T09:05:00+00:00")


def test_rounds_are_listed_by_day_and_removed_by_number(tmp_path: Path) -> None:
    with History(tmp_path / "h.sqlite3") as history:
        upcoming = history.add_interview(UPCOMING)
        failed = history.add_interview(FAILED)
        assert [i.day for i in history.interviews()] == ["2026-12-01", "2026-12-12"]
        assert history.interviews()[0] == failed and failed.topics == ("graphs", "dp-1d")
        assert history.remove_interview(upcoming.id or 0)
        assert not history.remove_interview(upcoming.id or 0)
        assert history.interviews() == [failed]


def test_rounds_travel_in_a_backup_once(tmp_path: Path) -> None:
    with History(tmp_path / "old.sqlite3") as old:
        old.add_interview(FAILED)
        old.add_interview(UPCOMING)
        rows = list(export_rows(old))
    assert [row["kind"] for row in rows] == ["interview", "interview"]
    assert "id" not in rows[0]
    with History(tmp_path / "new.sqlite3") as new:
        assert import_rows(new, rows, lambda attempts: {})["interview"] == 2
        assert import_rows(new, rows, lambda attempts: {})["interview"] == 0
        assert [(i.day, i.outcome, i.topics, i.company, i.note) for i in new.interviews()] == [
            ("2026-12-01", "failed", ("graphs", "dp-1d"), "Acme", "froze on the BFS"),
            ("2026-12-12", "upcoming", ("trees",), "", "")]
