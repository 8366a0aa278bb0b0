from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import astuple
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.errors import WorkspaceError
from trainer.store.attempts import Attempt
from trainer.store.history import History
from trainer.store.schema import MIGRATIONS
from trainer.store.transfer import attempt_data, import_rows

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


def test_recording_drops_the_state_it_makes_stale_and_keeps_the_rest(tmp_path: Path) -> None:
    with History(tmp_path / "h.sqlite3") as history:
        history.set_state("pick", {"slug": "two-sum"})
        history.set_state("current", "two-sum")
        history.record(attempt(), {}, "2026-03-02", forget=["pick"])
        assert history.get_state("pick") is None
        assert history.get_state("current") == "two-sum"


def test_a_reveal_counts_until_the_next_attempt(tmp_path: Path) -> None:
    with History(tmp_path / "h.sqlite3") as history:
        history.record(attempt(verdict="wrong_answer"), {}, "2026-03-02")
        assert not history.revealed_since_last_attempt("two-sum")
        history.record_reveal("two-sum", WHEN + timedelta(minutes=1))
        assert history.revealed_since_last_attempt("two-sum")
        assert history.hints_since_last_attempt("two-sum") == 0  # a reveal is not a hint
        later = Attempt(slug="two-sum", at=WHEN + timedelta(minutes=2), verdict="passed",
                        rating=2, seed=1, cases=1, elapsed_s=0.1, file_hash="cd",
                        revealed=True)
        history.record(later, {}, "2026-03-03")
        assert not history.revealed_since_last_attempt("two-sum")
        assert [a.revealed for a in history.attempts()] == [False, True]


def test_an_old_histories_reveals_move_out_of_the_state_on_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    for script in MIGRATIONS[:4]:
        db.executescript(script)
    db.execute("PRAGMA user_version = 4")
    db.execute("""INSERT INTO state VALUES ('revealed:two-sum', '"2026-03-01T09:00:00+00:00"')""")
    db.execute("""INSERT INTO state VALUES ('current', '"two-sum"')""")
    db.close()
    with History(path) as history:
        assert history.read("SELECT slug, at FROM reveals") == [
            ("two-sum", "2026-03-01T09:00:00+00:00")]
        assert history.read("SELECT key FROM state") == [("current",)]
        assert history.revealed_since_last_attempt("two-sum")


def test_an_unreadable_database_is_never_replaced(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(WorkspaceError, match="move it aside"):
        History(path)
    assert path.read_bytes().startswith(b"this is not a database")


def recount(history: History) -> tuple[dict[str, Any], dict[str, int]]:
    """The totals counted the slow way, from every attempt."""
    summaries: dict[str, Any] = {}
    days: dict[str, int] = {}
    for stored in history.attempts():
        entry = summaries.setdefault(stored.slug, {"attempts": 0, "passes": 0})
        entry.update(attempts=entry["attempts"] + 1, passes=entry["passes"] + stored.passed,
                     last_verdict=stored.verdict, last_day=stored.day)
        days[stored.day] = days.get(stored.day, 0) + 1
    return summaries, dict(sorted(days.items()))


def windows(history: History, recent: str, earlier: str) -> dict[str, tuple[int, ...]]:
    counts: dict[str, list[int]] = {}
    for stored in history.attempts():
        tally = counts.setdefault(stored.slug, [0] * 6)
        tally[0] += 1
        tally[1] += stored.passed
        if stored.day >= recent:
            tally[2] += 1
            tally[3] += not stored.passed
        elif stored.day >= earlier:
            tally[4] += 1
            tally[5] += not stored.passed
    return {slug: tuple(tally) for slug, tally in counts.items()}


ATTEMPTS = st.builds(
    lambda slug, day, minute, passed: Attempt(
        slug=slug, at=WHEN + timedelta(days=day, minutes=minute),
        verdict="passed" if passed else "wrong_answer", rating=3 if passed else 1, seed=day,
        cases=200, elapsed_s=1.0, file_hash="ab"),
    st.sampled_from(["a", "b", "c"]), st.integers(0, 40), st.integers(0, 3), st.booleans())
STEPS = st.lists(st.one_of(
    st.tuples(st.just("record"), ATTEMPTS),
    st.tuples(st.just("import"), st.lists(ATTEMPTS, max_size=4)),
    st.tuples(st.just("delete"), st.integers(1, 30)),
), max_size=12)


@given(steps=STEPS, today=st.integers(0, 45))
def test_the_running_totals_agree_with_a_recount(steps: list[tuple[str, Any]],
                                                 today: int) -> None:
    with tempfile.TemporaryDirectory() as folder, History(Path(folder) / "h.sqlite3") as history:
        for kind, value in steps:
            if kind == "record":
                history.record(value, {}, "2026-04-01")
            elif kind == "import":
                rows = [{"kind": "attempt", **attempt_data(a)} for a in value]
                import_rows(history, rows, lambda attempts: {})
            else:
                with history.transaction() as db:
                    db.execute("DELETE FROM attempts WHERE id = ?", (value,))
        summaries, days = recount(history)
        assert history.summaries() == summaries
        assert history.practice_days() == days
        recent = (WHEN + timedelta(days=today - 14)).date().isoformat()
        earlier = (WHEN + timedelta(days=today - 28)).date().isoformat()
        counts = history.slug_counts(recent, earlier)
        assert {slug: astuple(c) for slug, c in counts.items()} == windows(
            history, recent, earlier)


def test_an_old_history_gets_its_totals_on_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    for script in MIGRATIONS[:3]:
        db.executescript(script)
    db.execute("PRAGMA user_version = 3")
    for number, verdict in enumerate(["wrong_answer", "passed", "wrong_answer"]):
        db.execute("INSERT INTO attempts (slug, at, day, verdict, passed, rating, seed, cases,"
                   " elapsed_s, file_hash) VALUES ('a', ?, ?, ?, ?, 1, 0, 1, 1.0, 'h')",
                   (f"2026-03-0{number + 1}T09:00:00", f"2026-03-0{number + 1}", verdict,
                    int(verdict == "passed")))
    db.close()
    with History(path) as history:
        assert history.summaries() == {"a": {"attempts": 3, "passes": 1,
                                             "last_verdict": "wrong_answer",
                                             "last_day": "2026-03-03"}}
        assert history.practice_days() == {"2026-03-01": 1, "2026-03-02": 1, "2026-03-03": 1}


def test_an_attempt_is_never_rewritten_in_place(tmp_path: Path) -> None:
    with History(tmp_path / "h.sqlite3") as history:
        history.record(attempt(), {}, "2026-03-02")
        with pytest.raises(sqlite3.IntegrityError, match="never rewritten"):
            history.db.execute("UPDATE attempts SET passed = 0")


def test_processes_creating_the_history_at_once_all_open_it(tmp_path: Path) -> None:
    opener = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from trainer.store.history import History\n"
        "while time.time() < float(sys.argv[2]):\n    pass\n"
        "History(Path(sys.argv[1])).close()\n"
    )
    for round_ in range(4):
        path = tmp_path / f"h{round_}.sqlite3"
        start = str(time.time() + 1.0)
        processes = [subprocess.Popen([sys.executable, "-c", opener, str(path), start],
                                      stderr=subprocess.PIPE, text=True) for _ in range(3)]
        for process in processes:
            _, errors = process.communicate(timeout=60)
            assert process.returncode == 0, errors
        with History(path) as history:
            assert history.summaries() == {}
