"""Claimed complexities on attempts and the inputs kept per problem: the migration that adds
them, and their way through an export and an import."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path

from trainer.store.attempts import Attempt
from trainer.store.cases import KeptCase
from trainer.store.history import History
from trainer.store.schema import MIGRATIONS
from trainer.store.transfer import export_rows, import_rows

WHEN = datetime.fromisoformat("2026-03-01T09:00:00+00:00")
BEFORE_CLAIMS = 7  # the schema version before claims and kept inputs


def no_cards(attempts: list[Attempt]) -> dict[str, tuple[dict[str, str], str, None, str]]:
    return {a.slug: ({"card": a.slug}, "2026-03-03", None, a.day) for a in attempts}


def claimed(verdict: str = "passed", **fields: object) -> Attempt:
    return Attempt(slug="two-sum", at=WHEN, verdict=verdict, rating=3, seed=7, cases=200,
                   elapsed_s=1.5, file_hash="ab", **fields)  # type: ignore[arg-type]


def old_history(path: Path) -> None:
    """A history as the schema before claims left it, with one attempt."""
    db = sqlite3.connect(path, isolation_level=None)
    for script in MIGRATIONS[:BEFORE_CLAIMS]:
        db.executescript(script)
    db.execute(f"PRAGMA user_version = {BEFORE_CLAIMS}")
    db.execute("INSERT INTO attempts (slug, at, day, verdict, passed, rating, seed, cases,"
               " elapsed_s, file_hash) VALUES ('two-sum', ?, '2026-03-01', 'passed', 1, 3, 7,"
               " 200, 1.5, 'ab')", (WHEN.isoformat(),))
    db.close()


def test_an_old_history_gains_claims_and_kept_inputs(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    old_history(path)
    with History(path) as history:
        (before,) = history.attempts()
        assert before.time_claim is None and before.time_claim_ok is None
        history.record(claimed(time_claim="O(n)", time_claim_ok=False, space_claim="O(1)",
                               space_claim_ok=True), None, "")
        after = history.attempts()[-1]
        assert (after.time_claim, after.time_claim_ok, after.space_claim,
                after.space_claim_ok) == ("O(n)", False, "O(1)", True)
        assert history.cases("two-sum") == []
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


def test_claims_are_tallied_per_problem_over_the_attempts_only(tmp_path: Path) -> None:
    with History(tmp_path / "h.sqlite3") as history:
        history.record(claimed(time_claim="O(n)", time_claim_ok=False), None, "")
        history.record(claimed(time_claim="O(n)", time_claim_ok=True, space_claim="O(1)",
                               space_claim_ok=False), None, "")
        history.record(claimed(time_claim="O(n)"), None, "")  # claimed, not judged
        history.record(claimed(time_claim="O(n)", time_claim_ok=False, counted=False),
                       None, "")  # a re-grade: not an attempt
        tally = history.claim_tallies()["two-sum"]
    assert (tally.time, tally.time_missed, tally.space, tally.space_missed) == (2, 1, 1, 1)


def test_an_input_is_kept_once_per_problem_and_can_be_removed(tmp_path: Path) -> None:
    with History(tmp_path / "h.sqlite3") as history:
        first = history.add_case(KeptCase("two-sum", {"nums": [1, 2], "target": 3}, "failed",
                                          WHEN))
        assert first is not None and first.id is not None
        assert history.add_case(KeptCase("two-sum", {"nums": [1, 2], "target": 3}, "added",
                                         WHEN)) is None
        history.record(claimed(verdict="wrong_answer"), None, "",
                       keep=KeptCase("two-sum", {"nums": [0, -1], "target": -1}, "failed",
                                     WHEN))
        assert history.add_case(KeptCase("other", {"nums": [1, 2], "target": 3}, "added",
                                         WHEN)) is not None
        kept = history.cases("two-sum")
        assert [(c.input["nums"], c.origin) for c in kept] == [([1, 2], "failed"),
                                                               ([0, -1], "failed")]
        assert not history.remove_case("other", first.id)  # not that problem's
        assert history.remove_case("two-sum", first.id)
        assert [c.input["nums"] for c in history.cases("two-sum")] == [[0, -1]]


def test_claims_and_kept_inputs_round_trip_through_an_export(tmp_path: Path) -> None:
    with History(tmp_path / "a.sqlite3") as source:
        source.record(claimed(time_claim="O(n^2)", time_claim_ok=False), None, "",
                      keep=KeptCase("two-sum", {"nums": [3, 3], "target": 6}, "failed", WHEN))
        source.add_case(KeptCase("lru-cache", [["__init__", {"capacity": 1}],
                                               ["get", {"key": 1}]], "added", WHEN))
        rows = [json.loads(json.dumps(row)) for row in export_rows(source)]
    assert [row["kind"] for row in rows] == ["attempt", "case", "case"]
    with History(tmp_path / "b.sqlite3") as target:
        added = import_rows(target, rows, no_cards)
        again = import_rows(target, rows, no_cards)
        (attempt,) = target.attempts()
        cases = target.cases()
    assert added["case"] == 2 and again == dict.fromkeys(again, 0)
    assert (attempt.time_claim, attempt.time_claim_ok) == ("O(n^2)", False)
    assert [(c.slug, c.origin) for c in cases] == [("two-sum", "failed"),
                                                   ("lru-cache", "added")]
    assert cases[1].input == [["__init__", {"capacity": 1}], ["get", {"key": 1}]]


def test_an_export_from_before_claims_still_imports(tmp_path: Path) -> None:
    old_row = {"kind": "attempt", "slug": "two-sum", "at": WHEN.isoformat(),
               "verdict": "passed", "rating": 3, "seed": 7, "cases": 200, "elapsed_s": 1.5,
               "hints": 0, "revealed": False, "file_hash": "ab", "counterexample": None,
               "counted": True}
    with History(tmp_path / "h.sqlite3") as history:
        assert import_rows(history, [old_row], no_cards)["attempt"] == 1
        (attempt,) = history.attempts()
    assert attempt.time_claim is None and attempt.space_claim_ok is None
