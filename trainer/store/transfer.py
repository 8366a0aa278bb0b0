"""Export and import: the whole history as plain rows (JSON lines), and back.

Importing adds what is missing and rebuilds every card from the whole history, in one
transaction, so importing twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

from trainer.errors import WorkspaceError
from trainer.store.attempts import ATTEMPT_QUERY, Attempt, attempt_from_row, insert_attempt
from trainer.store.cards import put_card
from trainer.store.database import run_script
from trainer.store.schema import RECOUNT

if TYPE_CHECKING:
    from trainer.store.history import History

# Every card (the card, its due day, the card before its last day, that day), rebuilt from
# every attempt (the coach's scheduler knows how).
Rebuild = Callable[[list[Attempt]],
                   dict[str, tuple[dict[str, Any], str, dict[str, Any] | None, str]]]


def export_rows(history: History) -> Iterator[dict[str, Any]]:
    """Every attempt, hint and reveal as plain data, oldest first: a portable backup."""
    for attempt in history.attempts():
        yield {"kind": "attempt", **attempt_data(attempt)}
    for slug, at, number in history.read("SELECT slug, at, number FROM hints ORDER BY id"):
        yield {"kind": "hint", "slug": slug, "at": at, "number": number}
    for slug, at in history.read("SELECT slug, at FROM reveals ORDER BY id"):
        yield {"kind": "reveal", "slug": slug, "at": at}


def import_rows(history: History, rows: list[dict[str, Any]],
                rebuild: Rebuild) -> dict[str, int]:
    """Add the rows not already here, then rebuild every card from the whole history, in
    one transaction. Returns how many of each kind were added."""
    added = {"attempt": 0, "hint": 0, "reveal": 0}
    with history.transaction() as db:
        for row in rows:
            kind = row.get("kind")
            if kind == "attempt":
                attempt = attempt_from_data(row)
                exists = db.execute(
                    "SELECT 1 FROM attempts WHERE slug = ? AND at = ? AND seed = ?"
                    " AND file_hash = ? AND verdict = ?",
                    (attempt.slug, attempt.at.isoformat(), attempt.seed,
                     attempt.file_hash, attempt.verdict)).fetchone()
                if not exists:
                    insert_attempt(db, attempt)
                    added["attempt"] += 1
            elif kind == "hint":
                exists = db.execute(
                    "SELECT 1 FROM hints WHERE slug = ? AND at = ? AND number = ?",
                    (row["slug"], row["at"], row["number"])).fetchone()
                if not exists:
                    db.execute("INSERT INTO hints (slug, at, number) VALUES (?, ?, ?)",
                               (row["slug"], row["at"], row["number"]))
                    added["hint"] += 1
            elif kind == "reveal":
                exists = db.execute("SELECT 1 FROM reveals WHERE slug = ? AND at = ?",
                                    (row["slug"], row["at"])).fetchone()
                if not exists:
                    db.execute("INSERT INTO reveals (slug, at) VALUES (?, ?)",
                               (row["slug"], row["at"]))
                    added["reveal"] += 1
        run_script(db, RECOUNT)
        everything = [attempt_from_row(r) for r in db.execute(
            f"{ATTEMPT_QUERY} ORDER BY at, id").fetchall()]
        db.execute("DELETE FROM cards")
        for slug, (card, due_day, base, base_day) in rebuild(everything).items():
            put_card(db, slug, card, due_day, base, base_day)
    return added


def attempt_data(attempt: Attempt) -> dict[str, Any]:
    return {"slug": attempt.slug, "at": attempt.at.isoformat(), "verdict": attempt.verdict,
            "rating": attempt.rating, "seed": attempt.seed, "cases": attempt.cases,
            "elapsed_s": attempt.elapsed_s, "hints": attempt.hints,
            "revealed": attempt.revealed, "file_hash": attempt.file_hash,
            "counterexample": attempt.counterexample, "counted": attempt.counted}


def attempt_from_data(row: dict[str, Any]) -> Attempt:
    try:
        return Attempt(slug=str(row["slug"]), at=datetime.fromisoformat(row["at"]),
                       verdict=str(row["verdict"]), rating=int(row["rating"]),
                       seed=int(row["seed"]), cases=int(row["cases"]),
                       elapsed_s=float(row["elapsed_s"]), file_hash=str(row["file_hash"]),
                       hints=int(row.get("hints", 0)),
                       revealed=bool(row.get("revealed", False)),
                       counted=bool(row.get("counted", True)),
                       counterexample=row.get("counterexample"))
    except (KeyError, TypeError, ValueError) as error:
        raise WorkspaceError(f"not an attempt of a trainer history: {error}") from None
