from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from trainer.errors import WorkspaceError
from trainer.history import MIGRATIONS, Attempt, History

WHEN = datetime.fromisoformat("2026-03-01T09:00:00+00:00")


def attempt(slug: str = "two-sum", verdict: str = "passed") -> Attempt:
    return Attempt(slug=slug, at=WHEN, verdict=verdict, rating=3, seed=7, cases=200,
                   elapsed_s=1.5, file_hash="ab", counterexample={"input": {"x": [1]}})


def test_an_attempt_round_trips(tmp_path: Path) -> None:
    with History(tmp_path / "h.sqlite3") as history:
        history.record(attempt(), {"due": "x"}, "2026-03-03")
        stored = history.attempts("two-sum")
        assert len(stored) == 1
        assert stored[0].counterexample == {"input": {"x": [1]}}
        assert stored[0].at == WHEN and stored[0].passed
        assert history.cards() == {"two-sum": ({"due": "x"}, "2026-03-03")}


def test_schema_is_versioned(tmp_path: Path) -> None:
    History(tmp_path / "h.sqlite3").close()
    db = sqlite3.connect(tmp_path / "h.sqlite3")
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_failed_write_leaves_nothing_behind(tmp_path: Path) -> None:
    with History(tmp_path / "h.sqlite3") as history:
        with pytest.raises(sqlite3.IntegrityError):
            history.record(attempt(), {}, None)  # type: ignore[arg-type]
        assert history.attempts() == []  # the attempt went with the failed card update


def test_recording_clears_the_days_pick(tmp_path: Path) -> None:
    with History(tmp_path / "h.sqlite3") as history:
        history.set_state("pick", {"slug": "two-sum"})
        history.record(attempt(), {}, "2026-03-02")
        assert history.get_state("pick") is None


def test_an_unreadable_database_is_never_replaced(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(WorkspaceError, match="move it aside"):
        History(path)
    assert path.read_bytes().startswith(b"this is not a database")
