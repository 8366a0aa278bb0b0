"""Export and import: the whole history as plain rows (JSON lines), and back.

Importing adds what is missing and rebuilds every card from the whole history, in one
transaction, so importing twice changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from trainer.errors import WorkspaceError
from trainer.store.attempts import ATTEMPT_QUERY, Attempt, attempt_from_row, insert_attempt
from trainer.store.cards import put_card
from trainer.store.cases import ORIGINS, KeptCase, insert_case
from trainer.store.database import run_script
from trainer.store.interviews import OUTCOMES, Interview, insert_interview
from trainer.store.schema import RECOUNT

if TYPE_CHECKING:
    from trainer.store.history import History

# What a backup line may be.
KINDS = ("attempt", "hint", "reveal", "interview", "case")
# Every card (the card, its due day, the card before its last day, that day), rebuilt from
# every attempt (the coach's scheduler knows how).
Rebuild = Callable[[list[Attempt]],
                   dict[str, tuple[dict[str, Any], str, dict[str, Any] | None, str]]]


def export_rows(history: History) -> Iterator[dict[str, Any]]:
    """Every attempt, hint, reveal, interview and kept input as plain data, oldest first:
    a portable backup."""
    for attempt in history.attempts():
        yield {"kind": "attempt", **attempt_data(attempt)}
    for slug, at, number in history.read("SELECT slug, at, number FROM hints ORDER BY id"):
        yield {"kind": "hint", "slug": slug, "at": at, "number": number}
    for slug, at in history.read("SELECT slug, at FROM reveals ORDER BY id"):
        yield {"kind": "reveal", "slug": slug, "at": at}
    for interview in history.interviews():
        data = interview.to_json()
        del data["id"]  # ids are this history's own; a round is known by what it says
        yield {"kind": "interview", **data}
    for case in history.cases():
        data = case.to_json()
        del data["id"]  # a kept input is known by its problem and itself
        yield {"kind": "case", **data}


def import_rows(history: History, rows: list[dict[str, Any]],
                rebuild: Rebuild) -> dict[str, int]:
    """Add the rows not already here, then rebuild every card from the whole history, in
    one transaction. Returns how many of each kind were added."""
    added = {"attempt": 0, "hint": 0, "reveal": 0, "interview": 0, "case": 0}
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
            elif kind == "interview":
                interview = interview_from_data(row)
                exists = db.execute(
                    "SELECT 1 FROM interviews WHERE day = ? AND outcome = ? AND topics = ?"
                    " AND company = ? AND note = ?",
                    (interview.day, interview.outcome, json.dumps(list(interview.topics)),
                     interview.company, interview.note)).fetchone()
                if not exists:
                    insert_interview(db, interview)
                    added["interview"] += 1
            elif kind == "case" and insert_case(db, case_from_data(row)) is not None:
                added["case"] += 1
        run_script(db, RECOUNT)
        everything = [attempt_from_row(r) for r in db.execute(
            f"{ATTEMPT_QUERY} ORDER BY at, id").fetchall()]
        db.execute("DELETE FROM cards")
        for slug, (card, due_day, base, base_day) in rebuild(everything).items():
            put_card(db, slug, card, due_day, base, base_day)
    return added


def interview_from_data(row: dict[str, Any]) -> Interview:
    try:
        topics = row["topics"]
        if not isinstance(topics, list) or not all(isinstance(t, str) for t in topics):
            raise TypeError("topics must be a list of topic names")
        if row["outcome"] not in OUTCOMES:
            raise ValueError(f"outcome must be one of {', '.join(OUTCOMES)}")
        return Interview(day=date.fromisoformat(row["day"]).isoformat(),
                         outcome=row["outcome"], topics=tuple(topics),
                         company=str(row.get("company", "")), note=str(row.get("note", "")),
                         added_at=str(row.get("added_at", "")))
    except (KeyError, TypeError, ValueError) as error:
        raise WorkspaceError(f"not an interview of a trainer history: {error}") from None


def case_from_data(row: dict[str, Any]) -> KeptCase:
    try:
        if row["origin"] not in ORIGINS:
            raise ValueError(f"origin must be one of {', '.join(ORIGINS)}")
        if not isinstance(row["input"], dict | list) or not _text(row["slug"]):
            raise TypeError("a kept input is an object of arguments or a list of calls")
        added_at = datetime.fromisoformat(row["added_at"])
        if added_at.tzinfo is None:
            raise ValueError("added_at needs its timezone")
        return KeptCase(str(row["slug"]), row["input"], row["origin"], added_at)
    except (KeyError, TypeError, ValueError) as error:
        raise WorkspaceError(f"not a kept input of a trainer history: {error}") from None


def row_problem(row: dict[str, Any]) -> str | None:
    """What is wrong with one backup row (every field: types, ranges, timezone-aware
    timestamps), in the user's words; None when nothing is."""
    kind = row.get("kind")
    if kind in ("interview", "case"):
        try:
            (interview_from_data if kind == "interview" else case_from_data)(row)
        except WorkspaceError as error:
            return str(error)
        return None
    fields: dict[str, Callable[[Any], bool]] = {"slug": _text, "at": _aware}
    optional: dict[str, Callable[[Any], bool]] = {}
    if kind == "attempt":
        # a grading that is not an attempt (counted: false) rates nothing: its rating is 0
        rated = row.get("counted", True) is not False
        fields.update(verdict=_text,
                      rating=lambda v: _integer(v) and (1 <= v <= 4 if rated else v == 0),
                      seed=_integer, cases=lambda v: _integer(v) and v >= 0,
                      elapsed_s=lambda v: _number(v) and v >= 0, file_hash=_text)
        optional.update(hints=lambda v: _integer(v) and v >= 0,
                        revealed=lambda v: isinstance(v, bool),
                        counted=lambda v: isinstance(v, bool),
                        counterexample=lambda v: v is None or isinstance(v, dict),
                        time_claim=_claim, space_claim=_claim,
                        time_claim_ok=_optional_bool, space_claim_ok=_optional_bool)
    elif kind == "hint":
        fields.update(number=lambda v: _integer(v) and v >= 1)
    elif kind != "reveal":
        return ("not an attempt, a hint, a reveal, an interview or a kept input (its "
                "\"kind\" says which)")
    for name, good in fields.items():
        if name not in row:
            return f"a {kind} without \"{name}\""
        if not good(row[name]):
            return f"\"{name}\": {json.dumps(row[name])} is not {EXPECTED.get(name, 'valid')}"
    for name, good in optional.items():
        if name in row and not good(row[name]):
            return f"\"{name}\": {json.dumps(row[name])} is not {EXPECTED.get(name, 'valid')}"
    return None


EXPECTED = {
    "slug": "a problem's slug", "verdict": "a verdict", "file_hash": "a text",
    "at": "a timestamp with its timezone, like 2026-03-01T09:00:00+00:00",
    "rating": "a rating from 1 to 4 (0 where \"counted\" is false)", "seed": "a whole number",
    "cases": "a whole number of 0 or more", "elapsed_s": "a number of seconds of 0 or more",
    "hints": "a whole number of 0 or more", "revealed": "true or false",
    "counted": "true or false",
    "counterexample": "an object or null", "number": "a hint's number from 1 up",
    "time_claim": "a text or null", "space_claim": "a text or null",
    "time_claim_ok": "true, false or null", "space_claim_ok": "true, false or null",
}


def _claim(value: Any) -> bool:
    return value is None or isinstance(value, str)


def _optional_bool(value: Any) -> bool:
    return value is None or isinstance(value, bool)


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value == value


def _aware(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False


def attempt_data(attempt: Attempt) -> dict[str, Any]:
    return {"slug": attempt.slug, "at": attempt.at.isoformat(), "verdict": attempt.verdict,
            "rating": attempt.rating, "seed": attempt.seed, "cases": attempt.cases,
            "elapsed_s": attempt.elapsed_s, "hints": attempt.hints,
            "revealed": attempt.revealed, "file_hash": attempt.file_hash,
            "counterexample": attempt.counterexample, "counted": attempt.counted,
            "time_claim": attempt.time_claim, "time_claim_ok": attempt.time_claim_ok,
            "space_claim": attempt.space_claim, "space_claim_ok": attempt.space_claim_ok}


def attempt_from_data(row: dict[str, Any]) -> Attempt:
    try:
        return Attempt(slug=str(row["slug"]), at=datetime.fromisoformat(row["at"]),
                       verdict=str(row["verdict"]), rating=int(row["rating"]),
                       seed=int(row["seed"]), cases=int(row["cases"]),
                       elapsed_s=float(row["elapsed_s"]), file_hash=str(row["file_hash"]),
                       hints=int(row.get("hints", 0)),
                       revealed=bool(row.get("revealed", False)),
                       counted=bool(row.get("counted", True)),
                       counterexample=row.get("counterexample"),
                       time_claim=row.get("time_claim"),
                       time_claim_ok=row.get("time_claim_ok"),
                       space_claim=row.get("space_claim"),
                       space_claim_ok=row.get("space_claim_ok"))
    except (KeyError, TypeError, ValueError) as error:
        raise WorkspaceError(f"not an attempt of a trainer history: {error}") from None
