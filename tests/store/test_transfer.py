"""Export and import: a backup says what happened, and importing it twice changes nothing."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from trainer.store.attempts import Attempt
from trainer.store.history import History
from trainer.store.transfer import export_rows, import_rows, row_problem

WHEN = datetime.fromisoformat("2026-03-01T09:00:00+00:00")


def fill(history: History) -> None:
    history.record(Attempt(slug="two-sum", at=WHEN, verdict="wrong_answer", rating=1, seed=3,
                           cases=20, elapsed_s=0.5, file_hash="a1"), {"card": 1}, "2026-03-02")
    history.record_hint("two-sum", WHEN + timedelta(minutes=1))
    history.record_reveal("two-sum", WHEN + timedelta(minutes=2))
    history.record(Attempt(slug="two-sum", at=WHEN + timedelta(minutes=3), verdict="passed",
                           rating=2, seed=4, cases=200, elapsed_s=1.0, file_hash="b2",
                           hints=1, revealed=True), {"card": 2}, "2026-03-04")


def test_an_export_names_each_attempt_hint_and_reveal(tmp_path: Path) -> None:
    with History(tmp_path / "h.sqlite3") as history:
        fill(history)
        rows = list(export_rows(history))
    assert [row["kind"] for row in rows] == ["attempt", "attempt", "hint", "reveal"]
    assert [(row["hints"], row["revealed"]) for row in rows[:2]] == [(0, False), (1, True)]
    assert rows[3] == {"kind": "reveal", "slug": "two-sum", "at": "2026-03-01T09:02:00+00:00"}


def test_an_import_restores_everything_once(tmp_path: Path) -> None:
    with History(tmp_path / "old.sqlite3") as old:
        fill(old)
        rows = list(export_rows(old))
    rebuilt: list[list[str]] = []

    def rebuild(attempts: list[Attempt]) -> dict[str, tuple[dict[str, object], str,
                                                            dict[str, object] | None, str]]:
        rebuilt.append([a.verdict for a in attempts])
        return {"two-sum": ({"rebuilt": True}, "2026-03-09", None, "2026-03-08")}

    with History(tmp_path / "new.sqlite3") as new:
        assert import_rows(new, rows, rebuild) == {"attempt": 2, "hint": 1, "reveal": 1,
                                                   "interview": 0, "case": 0}
        assert import_rows(new, rows, rebuild) == {"attempt": 0, "hint": 0, "reveal": 0,
                                                   "interview": 0, "case": 0}
        assert list(export_rows(new)) == rows
        assert new.cards() == {"two-sum": ({"rebuilt": True}, "2026-03-09")}
    assert rebuilt == [["wrong_answer", "passed"]] * 2


ATTEMPT_ROW = {"kind": "attempt", "slug": "two-sum", "at": "2026-03-01T09:00:00+00:00",
               "verdict": "passed", "rating": 3, "seed": 3, "cases": 20, "elapsed_s": 0.5,
               "file_hash": "a1"}


@pytest.mark.parametrize(("changes", "problem"), [
    ({}, None),
    ({"counted": True}, None),
    ({"counted": False, "rating": 0}, None),  # a replay or a file graded before: kept
    ({"rating": 0}, '"rating": 0 is not a rating from 1 to 4'),
    ({"counted": False, "rating": 3}, '"rating": 3 is not a rating from 1 to 4 (0 where'),
    ({"counted": "no"}, '"counted": "no" is not true or false'),
])
def test_a_grading_that_is_not_an_attempt_is_a_valid_row_with_no_rating(
        changes: dict[str, object], problem: str | None) -> None:
    found = row_problem({**ATTEMPT_ROW, **changes})
    assert found == problem if problem is None else (found or "").startswith(problem)


def test_a_history_with_gradings_that_are_not_attempts_restores(tmp_path: Path) -> None:
    with History(tmp_path / "old.sqlite3") as old:
        fill(old)
        old.record(Attempt(slug="two-sum", at=WHEN + timedelta(minutes=4), verdict="passed",
                           rating=0, seed=4, cases=200, elapsed_s=1.0, file_hash="b2",
                           counted=False), None, "")
        rows = list(export_rows(old))
    assert [row_problem(row) for row in rows] == [None] * len(rows)
    with History(tmp_path / "new.sqlite3") as new:
        assert import_rows(new, rows, lambda attempts: {})["attempt"] == 3
        assert list(export_rows(new)) == rows
