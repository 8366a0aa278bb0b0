"""Attempts, hints and reveals, and the running totals kept of them.

An attempt and its card update are written in one transaction, so a crash or a kill leaves
either both or neither.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from trainer.store.cards import put_card
from trainer.store.cases import KeptCase, insert_case
from trainer.store.database import Database

# The attempts table's columns, in the order ATTEMPT_QUERY reads them.
ATTEMPT_COLUMNS = ("id", "slug", "at", "verdict", "rating", "seed", "cases", "elapsed_s",
                   "hints", "file_hash", "counterexample", "revealed", "counted",
                   "time_claim", "time_claim_ok", "space_claim", "space_claim_ok")
ATTEMPT_QUERY = f"SELECT {', '.join(ATTEMPT_COLUMNS)} FROM attempts"


@dataclass(frozen=True)
class Attempt:
    slug: str
    at: datetime
    verdict: str
    rating: int
    seed: int
    cases: int
    elapsed_s: float
    file_hash: str
    hints: int = 0  # hints shown since the problem's previous attempt
    counterexample: dict[str, Any] | None = None
    revealed: bool = False  # the reference solution was shown since the previous attempt
    # False: a grading that is not an attempt (the untouched stub, a --seed replay, a file
    # graded before): kept, but it never rates a card nor counts in a figure
    counted: bool = True
    # the complexity claimed in the file (`O(n)`), and whether it matched what was
    # measured (None: not judged)
    time_claim: str | None = None
    time_claim_ok: bool | None = None
    space_claim: str | None = None
    space_claim_ok: bool | None = None
    id: int | None = None

    @property
    def passed(self) -> bool:
        return self.verdict == "passed"

    @property
    def day(self) -> str:
        return self.at.date().isoformat()


class Sitting(NamedTuple):
    """What the scheduler reads of an attempt: which problem, which day, passed or not."""

    slug: str
    day: str
    passed: bool


@dataclass(frozen=True)
class SlugCounts:
    attempts: int
    passes: int
    recent: int
    recent_failed: int
    earlier: int
    earlier_failed: int


@dataclass(frozen=True)
class ClaimTally:
    time: int  # time claims judged
    time_missed: int
    space: int
    space_missed: int


class AttemptStore(Database):
    def record(self, attempt: Attempt, card: dict[str, Any] | None, due_day: str,
               forget: Iterable[str] = (), base: dict[str, Any] | None = None,
               keep: KeptCase | None = None) -> int:
        """Store an attempt and its problem's new card together, in one transaction, and
        drop the state keys in `forget` (what the attempt makes stale) in the same one.
        `base` is the card as it was before the attempt's day; no card for a grading that
        is not an attempt. `keep`: the input it failed on, kept in the same transaction."""
        with self.transaction() as db:
            attempt_id = insert_attempt(db, attempt)
            if card is not None:
                put_card(db, attempt.slug, card, due_day, base, attempt.day)
            if keep is not None:
                insert_case(db, keep)
            for key in forget:
                db.execute("DELETE FROM state WHERE key = ?", (key,))
            return attempt_id

    def attempts(self, slug: str | None = None, *, counted: bool = False) -> list[Attempt]:
        """The gradings stored, oldest first; with `counted`, only those that are attempts."""
        only = " AND counted" if counted else ""
        if slug is None:
            rows = self.read(f"{ATTEMPT_QUERY} WHERE 1{only} ORDER BY id")
        else:
            rows = self.read(f"{ATTEMPT_QUERY} WHERE slug = ?{only} ORDER BY id", (slug,))
        return [attempt_from_row(row) for row in rows]

    def sittings(self) -> list[Sitting]:
        """Every attempt (a grading that counts) as a Sitting, oldest first: the three
        columns only, so that a long history reads in a fraction of the time."""
        rows = self.read("SELECT slug, day, verdict = 'passed' FROM attempts"
                         " WHERE counted ORDER BY id")
        return [Sitting(slug, day, bool(passed)) for slug, day, passed in rows]

    def attempts_since(self, day: str) -> list[Attempt]:
        """The attempts (gradings that count) of `day` and after, oldest first: through
        attempts_by_day, so a long history costs only its recent rows."""
        rows = self.read(f"{ATTEMPT_QUERY} INDEXED BY attempts_by_day"
                         " WHERE day >= ? AND counted ORDER BY id", (day,))
        return [attempt_from_row(row) for row in rows]

    def sessions_since(self, day: str) -> set[tuple[str, str]]:
        """(day, slug) of each problem practised on `day` or after."""
        rows = self.read("SELECT DISTINCT day, slug FROM attempts INDEXED BY attempts_by_day"
                         " WHERE day >= ? AND counted", (day,))
        return {(day_, slug) for day_, slug in rows}

    def summaries(self) -> dict[str, dict[str, Any]]:
        """Per problem: attempts, passes, the last verdict and day."""
        rows = self.read(
            "SELECT slug, attempts, passes, last_verdict, last_day FROM slug_totals")
        return {
            slug: {"attempts": count, "passes": passes,
                   "last_verdict": verdict, "last_day": day}
            for slug, count, passes, verdict, day in rows
        }

    def last_attempt(self) -> Attempt | None:
        rows = self.read(f"{ATTEMPT_QUERY} ORDER BY id DESC LIMIT 1")
        return attempt_from_row(rows[0]) if rows else None

    def previous(self, slug: str) -> Attempt | None:
        """The problem's latest attempt (a grading that counts)."""
        rows = self.read(f"{ATTEMPT_QUERY} WHERE slug = ? AND counted ORDER BY id DESC LIMIT 1",
                         (slug,))
        return attempt_from_row(rows[0]) if rows else None

    def slug_counts(self, recent_day: str, earlier_day: str) -> dict[str, SlugCounts]:
        """Per problem: attempts and passes, overall and in two recent windows of days
        ([earlier_day, recent_day) and [recent_day, ...)). The windows read only their own
        rows, through attempts_by_day (left to itself, SQLite would rather read every
        attempt in slug order than sort the few recent ones)."""
        with self.snapshot():
            totals = self.read("SELECT slug, attempts, passes FROM slug_totals")
            windows = self.read(
                "SELECT slug, day >= :recent, passed, COUNT(*)"
                " FROM attempts INDEXED BY attempts_by_day WHERE day >= :earlier AND counted"
                " GROUP BY slug, day >= :recent, passed",
                {"recent": recent_day, "earlier": earlier_day})
        tallies = {slug: [0, 0, 0, 0] for slug, _, _ in totals}  # as SlugCounts orders them
        for slug, recent, passed, count in windows:
            tally = tallies.setdefault(slug, [0, 0, 0, 0])
            first = 0 if recent else 2
            tally[first] += count
            tally[first + 1] += 0 if passed else count
        return {slug: SlugCounts(attempts, passes, *tallies[slug])
                for slug, attempts, passes in totals}

    def claim_tallies(self) -> dict[str, ClaimTally]:
        """Per problem, over its attempts: claimed complexities judged, and those that did
        not match what was measured."""
        rows = self.read(
            "SELECT slug, SUM(time_claim_ok IS NOT NULL), SUM(time_claim_ok = 0),"
            " SUM(space_claim_ok IS NOT NULL), SUM(space_claim_ok = 0)"
            " FROM attempts INDEXED BY attempts_claimed"
            " WHERE counted AND (time_claim_ok IS NOT NULL OR space_claim_ok IS NOT NULL)"
            " GROUP BY slug")
        return {slug: ClaimTally(int(time or 0), int(time_missed or 0), int(space or 0),
                                 int(space_missed or 0))
                for slug, time, time_missed, space, space_missed in rows}

    def latest_failures(self, limit: int) -> list[tuple[str, str, dict[str, Any] | None]]:
        """The latest `limit` failed attempts, newest first: (slug, verdict,
        counterexample). Read by id from the end, so a long history costs no more."""
        rows = self.read("SELECT slug, verdict, counterexample FROM attempts"
                         " WHERE counted AND NOT passed ORDER BY id DESC LIMIT ?", (limit,))
        return [(slug, verdict, json.loads(shown) if shown else None)
                for slug, verdict, shown in rows]

    def practice_days(self) -> dict[str, int]:
        return dict(self.read("SELECT day, attempts FROM day_totals ORDER BY day"))

    # -- hints --------------------------------------------------------------------------
    def record_hint(self, slug: str, at: datetime) -> int:
        """Store that the next hint of `slug` was shown; returns its number (1, 2, ...)."""
        with self.transaction() as db:
            (taken,) = db.execute("SELECT COUNT(*) FROM hints WHERE slug = ?",
                                  (slug,)).fetchone()
            db.execute("INSERT INTO hints (slug, at, number) VALUES (?, ?, ?)",
                       (slug, at.isoformat(), taken + 1))
            return int(taken) + 1

    def hints_taken(self, slug: str) -> int:
        return int(self.read("SELECT COUNT(*) FROM hints WHERE slug = ?", (slug,))[0][0])

    def hints_since_last_attempt(self, slug: str) -> int:
        """Hints shown after the problem's latest attempt: they lower the next rating."""
        return self._count_since("hints", slug)

    # -- reveals ------------------------------------------------------------------------
    def record_reveal(self, slug: str, at: datetime) -> None:
        """The reference solution of `slug` was shown before a pass."""
        with self.transaction() as db:
            db.execute("INSERT INTO reveals (slug, at) VALUES (?, ?)", (slug, at.isoformat()))

    def revealed_since_last_attempt(self, slug: str) -> bool:
        return self._count_since("reveals", slug) > 0

    def hints_since(self, slug: str, since: datetime | None) -> int:
        """Hints of `slug` shown after `since` (None: ever)."""
        return self._count_in("hints", slug, since.isoformat() if since else "")

    def reveals_since(self, slug: str, since: datetime | None) -> int:
        return self._count_in("reveals", slug, since.isoformat() if since else "")

    def _count_since(self, table: str, slug: str) -> int:
        last = self.previous(slug)
        return self._count_in(table, slug, last.at.isoformat() if last else "")

    def _count_in(self, table: str, slug: str, since: str) -> int:
        rows = self.read(f"SELECT COUNT(*) FROM {table} WHERE slug = ? AND at > ?",
                         (slug, since))
        return int(rows[0][0])


def insert_attempt(db: sqlite3.Connection, attempt: Attempt) -> int:
    """The one INSERT of an attempt, inside the caller's transaction; the new row's id."""
    cursor = db.execute(
        "INSERT INTO attempts (slug, at, day, verdict, passed, rating, seed, cases,"
        " elapsed_s, hints, file_hash, counterexample, revealed, counted, time_claim,"
        " time_claim_ok, space_claim, space_claim_ok)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (attempt.slug, attempt.at.isoformat(), attempt.day, attempt.verdict,
         int(attempt.passed), attempt.rating, attempt.seed, attempt.cases,
         attempt.elapsed_s, attempt.hints, attempt.file_hash,
         json.dumps(attempt.counterexample) if attempt.counterexample else None,
         int(attempt.revealed), int(attempt.counted), attempt.time_claim,
         _flag(attempt.time_claim_ok), attempt.space_claim, _flag(attempt.space_claim_ok)))
    return int(cursor.lastrowid or 0)


def attempt_from_row(row: tuple[Any, ...]) -> Attempt:
    """An Attempt from a row read with ATTEMPT_QUERY."""
    fields = dict(zip(ATTEMPT_COLUMNS, row, strict=True))
    return Attempt(
        slug=fields["slug"], at=datetime.fromisoformat(fields["at"]),
        verdict=fields["verdict"], rating=fields["rating"], seed=fields["seed"],
        cases=fields["cases"], elapsed_s=fields["elapsed_s"], file_hash=fields["file_hash"],
        hints=fields["hints"],
        counterexample=json.loads(fields["counterexample"]) if fields["counterexample"]
        else None,
        revealed=bool(fields["revealed"]), counted=bool(fields["counted"]),
        time_claim=fields["time_claim"], time_claim_ok=_bool(fields["time_claim_ok"]),
        space_claim=fields["space_claim"], space_claim_ok=_bool(fields["space_claim_ok"]),
        id=fields["id"])


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _bool(value: int | None) -> bool | None:
    return None if value is None else bool(value)
