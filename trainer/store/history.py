"""The practice history: every attempt, every problem's card, in one SQLite file.

`<workspace>/.trainer/history.sqlite3`, WAL mode. An attempt and its card update are
written in one transaction, so a crash or a kill leaves either both or neither. The
database is never recreated over the user's data: an unreadable file is an error that
says how to recover.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainer.errors import WorkspaceError

if TYPE_CHECKING:
    from trainer.workspace import Workspace

# slug_totals and day_totals counted afresh from the attempts: the end of migration 4, and
# the end of every import.
RECOUNT = """
    DELETE FROM slug_totals;
    INSERT INTO slug_totals
        SELECT slug, COUNT(*), SUM(passed), MAX(id), '', '' FROM attempts GROUP BY slug;
    UPDATE slug_totals SET (last_verdict, last_day) = (
        SELECT verdict, day FROM attempts WHERE id = slug_totals.last_id);
    DELETE FROM day_totals;
    INSERT INTO day_totals SELECT day, COUNT(*) FROM attempts GROUP BY day;
"""

# Each migration moves the schema one version up; they run in order, each in a transaction.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        slug TEXT NOT NULL,
        at TEXT NOT NULL,
        day TEXT NOT NULL,
        verdict TEXT NOT NULL,
        passed INTEGER NOT NULL,
        rating INTEGER NOT NULL,
        seed INTEGER NOT NULL,
        cases INTEGER NOT NULL,
        elapsed_s REAL NOT NULL,
        hints INTEGER NOT NULL DEFAULT 0,
        file_hash TEXT NOT NULL,
        counterexample TEXT
    );
    CREATE INDEX attempts_by_slug ON attempts (slug, id);
    CREATE INDEX attempts_by_day ON attempts (day);
    CREATE TABLE cards (
        slug TEXT PRIMARY KEY,
        card TEXT NOT NULL,
        due_day TEXT NOT NULL
    );
    CREATE TABLE state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    """
    CREATE TABLE hints (
        id INTEGER PRIMARY KEY,
        slug TEXT NOT NULL,
        at TEXT NOT NULL,
        number INTEGER NOT NULL
    );
    CREATE INDEX hints_by_slug ON hints (slug, id);
    """,
    # Per-problem and per-day summaries read only this index, never the rows: `list`,
    # `review` and `stats` stay quick with a long history.
    """
    DROP INDEX attempts_by_slug;
    CREATE INDEX attempts_summary ON attempts (slug, id, passed, day, verdict);
    """,
    # Running totals per problem and per day, kept by triggers in the transaction of each
    # insert: `list`, `review` and `stats` read about a thousand rows, not every attempt.
    # The recent windows of `review` read only recent rows, through attempts_by_day.
    """
    CREATE TABLE slug_totals (
        slug TEXT PRIMARY KEY,
        attempts INTEGER NOT NULL,
        passes INTEGER NOT NULL,
        last_id INTEGER NOT NULL,
        last_verdict TEXT NOT NULL,
        last_day TEXT NOT NULL
    );
    CREATE TABLE day_totals (
        day TEXT PRIMARY KEY,
        attempts INTEGER NOT NULL
    );
    CREATE TRIGGER attempts_counted AFTER INSERT ON attempts BEGIN
        INSERT OR IGNORE INTO slug_totals VALUES (NEW.slug, 0, 0, NEW.id, NEW.verdict, NEW.day);
        UPDATE slug_totals SET attempts = attempts + 1, passes = passes + NEW.passed,
            last_verdict = CASE WHEN NEW.id >= last_id THEN NEW.verdict ELSE last_verdict END,
            last_day = CASE WHEN NEW.id >= last_id THEN NEW.day ELSE last_day END,
            last_id = MAX(last_id, NEW.id)
            WHERE slug = NEW.slug;
        INSERT OR IGNORE INTO day_totals VALUES (NEW.day, 0);
        UPDATE day_totals SET attempts = attempts + 1 WHERE day = NEW.day;
    END;
    CREATE TRIGGER attempts_uncounted AFTER DELETE ON attempts BEGIN
        UPDATE slug_totals SET attempts = attempts - 1, passes = passes - OLD.passed
            WHERE slug = OLD.slug;
        UPDATE slug_totals SET (last_id, last_verdict, last_day) = (
            SELECT id, verdict, day FROM attempts WHERE slug = OLD.slug ORDER BY id DESC LIMIT 1)
            WHERE slug = OLD.slug AND last_id = OLD.id AND attempts > 0;
        DELETE FROM slug_totals WHERE slug = OLD.slug AND attempts = 0;
        UPDATE day_totals SET attempts = attempts - 1 WHERE day = OLD.day;
        DELETE FROM day_totals WHERE day = OLD.day AND attempts = 0;
    END;
    CREATE TRIGGER attempts_unchanged BEFORE UPDATE OF slug, day, verdict, passed ON attempts
    BEGIN
        SELECT RAISE(ABORT, 'attempts are never rewritten: delete and insert instead');
    END;
    DROP INDEX attempts_by_day;
    CREATE INDEX attempts_by_day ON attempts (day, slug, passed);
    """ + RECOUNT,
)


@dataclass(frozen=True)
class SlugCounts:
    attempts: int
    passes: int
    recent: int
    recent_failed: int
    earlier: int
    earlier_failed: int


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
    hints: int = 0
    counterexample: dict[str, Any] | None = None
    id: int | None = None

    @property
    def passed(self) -> bool:
        return self.verdict == "passed"

    @property
    def day(self) -> str:
        return self.at.date().isoformat()


class History:
    """An open history database. Use as a context manager; every write is one transaction."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(path, timeout=30, isolation_level=None)
            self.db.execute("PRAGMA busy_timeout = 30000")
            self._use_wal()
            self.db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as error:
            raise _unreadable(path, error) from None

    def _use_wal(self) -> None:
        """WAL mode, kept in the file. Switching a new file to it needs the file to itself,
        and SQLite does not wait for that: two processes creating the history at once
        take turns here."""
        import time

        deadline = time.monotonic() + 30
        while True:
            try:
                self.db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.01)

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    @contextlib.contextmanager
    def _snapshot(self) -> Iterator[None]:
        """Reads that see one state of the history, whatever is written meanwhile."""
        self.db.execute("BEGIN")
        try:
            yield
        finally:
            self.db.execute("COMMIT")

    def _migrate(self) -> None:
        version = self._version()
        while version < len(MIGRATIONS):
            with self.transaction() as db:
                version = self._version()  # another process may have moved it up meanwhile
                if version < len(MIGRATIONS):
                    _run_script(db, MIGRATIONS[version])
                    version += 1
                    db.execute(f"PRAGMA user_version = {version}")
        if version > len(MIGRATIONS):
            raise WorkspaceError(
                f"{self.path} was written by a newer trainer (schema {version}); "
                "update trainer to read it")

    def _version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    # -- attempts ---------------------------------------------------------------------
    def record(self, attempt: Attempt, card: dict[str, Any], due_day: str) -> int:
        """Store an attempt and its problem's new card together, in one transaction."""
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO attempts (slug, at, day, verdict, passed, rating, seed, cases,"
                " elapsed_s, hints, file_hash, counterexample)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", _attempt_values(attempt))
            db.execute(
                "INSERT INTO cards (slug, card, due_day) VALUES (?, ?, ?)"
                " ON CONFLICT (slug) DO UPDATE SET card = excluded.card,"
                " due_day = excluded.due_day",
                (attempt.slug, json.dumps(card), due_day))
            db.execute("DELETE FROM state WHERE key = 'pick'")
            return int(cursor.lastrowid or 0)

    def attempts(self, slug: str | None = None) -> list[Attempt]:
        query = "SELECT * FROM attempts"
        params: tuple[str, ...] = ()
        if slug is not None:
            query += " WHERE slug = ?"
            params = (slug,)
        rows = self._read(query + " ORDER BY id", params)
        return [_attempt(row) for row in rows]

    def summaries(self) -> dict[str, dict[str, Any]]:
        """Per problem: attempts, passes, the last verdict and day."""
        rows = self._read(
            "SELECT slug, attempts, passes, last_verdict, last_day FROM slug_totals", ())
        return {
            slug: {"attempts": count, "passes": passes,
                   "last_verdict": verdict, "last_day": day}
            for slug, count, passes, verdict, day in rows
        }

    def last_attempt(self) -> Attempt | None:
        rows = self._read("SELECT * FROM attempts ORDER BY id DESC LIMIT 1", ())
        return _attempt(rows[0]) if rows else None

    def previous(self, slug: str) -> Attempt | None:
        rows = self._read(
            "SELECT * FROM attempts WHERE slug = ? ORDER BY id DESC LIMIT 1", (slug,))
        return _attempt(rows[0]) if rows else None

    def slug_counts(self, recent_day: str, earlier_day: str) -> dict[str, SlugCounts]:
        """Per problem: attempts and passes, overall and in two recent windows of days
        ([earlier_day, recent_day) and [recent_day, ...)). The windows read only their own
        rows, through attempts_by_day (left to itself, SQLite would rather read every
        attempt in slug order than sort the few recent ones)."""
        with self._snapshot():
            totals = self._read("SELECT slug, attempts, passes FROM slug_totals", ())
            windows = self._read(
                "SELECT slug, day >= :recent, passed, COUNT(*)"
                " FROM attempts INDEXED BY attempts_by_day WHERE day >= :earlier"
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

    def practice_days(self) -> dict[str, int]:
        return dict(self._read("SELECT day, attempts FROM day_totals ORDER BY day", ()))

    # -- hints ------------------------------------------------------------------------
    def record_hint(self, slug: str, at: datetime) -> int:
        """Store that the next hint of `slug` was shown; returns its number (1, 2, ...)."""
        with self.transaction() as db:
            (taken,) = db.execute("SELECT COUNT(*) FROM hints WHERE slug = ?",
                                  (slug,)).fetchone()
            db.execute("INSERT INTO hints (slug, at, number) VALUES (?, ?, ?)",
                       (slug, at.isoformat(), taken + 1))
            return int(taken) + 1

    def hints_taken(self, slug: str) -> int:
        return int(self._read("SELECT COUNT(*) FROM hints WHERE slug = ?", (slug,))[0][0])

    def hints_since_last_attempt(self, slug: str) -> int:
        """Hints shown after the problem's latest attempt: they lower the next rating."""
        last = self.previous(slug)
        since = last.at.isoformat() if last else ""
        rows = self._read("SELECT COUNT(*) FROM hints WHERE slug = ? AND at > ?",
                          (slug, since))
        return int(rows[0][0])

    # -- export and import ----------------------------------------------------------
    def export_rows(self) -> Iterator[dict[str, Any]]:
        """Every attempt and hint as plain data, oldest first: a portable backup."""
        for attempt in self.attempts():
            yield {"kind": "attempt", **_attempt_data(attempt)}
        for slug, at, number in self._read(
                "SELECT slug, at, number FROM hints ORDER BY id", ()):
            yield {"kind": "hint", "slug": slug, "at": at, "number": number}

    def import_rows(self, rows: list[dict[str, Any]],
                    rebuild: Callable[[list[Attempt]], dict[str, tuple[dict[str, Any], str]]]
                    ) -> tuple[int, int]:
        """Add the attempts and hints not already here, then rebuild every card from the
        whole history, in one transaction. Importing twice changes nothing."""
        added_attempts = added_hints = 0
        with self.transaction() as db:
            for row in rows:
                if row.get("kind") == "attempt":
                    attempt = _attempt_from_data(row)
                    exists = db.execute(
                        "SELECT 1 FROM attempts WHERE slug = ? AND at = ? AND seed = ?"
                        " AND file_hash = ? AND verdict = ?",
                        (attempt.slug, attempt.at.isoformat(), attempt.seed,
                         attempt.file_hash, attempt.verdict)).fetchone()
                    if not exists:
                        db.execute(
                            "INSERT INTO attempts (slug, at, day, verdict, passed, rating, seed,"
                            " cases, elapsed_s, hints, file_hash, counterexample)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            _attempt_values(attempt))
                        added_attempts += 1
                elif row.get("kind") == "hint":
                    exists = db.execute(
                        "SELECT 1 FROM hints WHERE slug = ? AND at = ? AND number = ?",
                        (row["slug"], row["at"], row["number"])).fetchone()
                    if not exists:
                        db.execute("INSERT INTO hints (slug, at, number) VALUES (?, ?, ?)",
                                   (row["slug"], row["at"], row["number"]))
                        added_hints += 1
            _run_script(db, RECOUNT)
            everything = [_attempt(r) for r in db.execute(
                "SELECT * FROM attempts ORDER BY at, id").fetchall()]
            db.execute("DELETE FROM cards")
            for slug, (card, due_day) in rebuild(everything).items():
                db.execute("INSERT INTO cards (slug, card, due_day) VALUES (?, ?, ?)",
                           (slug, json.dumps(card), due_day))
        return added_attempts, added_hints

    # -- cards and state ------------------------------------------------------------
    def cards(self) -> dict[str, tuple[dict[str, Any], str]]:
        rows = self._read("SELECT slug, card, due_day FROM cards", ())
        return {slug: (json.loads(card), due_day) for slug, card, due_day in rows}

    def due_days(self) -> dict[str, str]:
        """Each problem's next review day, without reading the cards themselves."""
        return dict(self._read("SELECT slug, due_day FROM cards", ()))

    def card(self, slug: str) -> dict[str, Any] | None:
        rows = self._read("SELECT card FROM cards WHERE slug = ?", (slug,))
        return json.loads(rows[0][0]) if rows else None

    def get_state(self, key: str) -> Any:
        rows = self._read("SELECT value FROM state WHERE key = ?", (key,))
        return json.loads(rows[0][0]) if rows else None

    def set_state(self, key: str, value: Any) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO state (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)))

    def _read(self, query: str, params: tuple[Any, ...] | dict[str, Any]) -> list[Any]:
        try:
            return self.db.execute(query, params).fetchall()
        except sqlite3.DatabaseError as error:
            raise _unreadable(self.path, error) from None


def open_history(workspace: Workspace) -> History:
    return History(workspace.history_db)


def _run_script(db: sqlite3.Connection, script: str) -> None:
    """Each statement of `script` in turn, inside the caller's transaction (a trigger's
    body has semicolons of its own)."""
    statement = ""
    for part in script.split(";"):
        statement += part + ";"
        if sqlite3.complete_statement(statement):
            if statement.strip(" \n;"):
                db.execute(statement)
            statement = ""
    if statement.strip(" \n;"):
        raise ValueError(f"an incomplete SQL statement: {statement}")


def _attempt(row: tuple[Any, ...]) -> Attempt:
    (id_, slug, at, _day, verdict, _passed, rating, seed, cases, elapsed, hints, file_hash,
     counterexample) = row
    return Attempt(slug=slug, at=datetime.fromisoformat(at), verdict=verdict, rating=rating,
                   seed=seed, cases=cases, elapsed_s=elapsed, file_hash=file_hash,
                   hints=hints,
                   counterexample=json.loads(counterexample) if counterexample else None,
                   id=id_)


def _attempt_values(attempt: Attempt) -> tuple[Any, ...]:
    return (attempt.slug, attempt.at.isoformat(), attempt.day, attempt.verdict,
            int(attempt.passed), attempt.rating, attempt.seed, attempt.cases,
            attempt.elapsed_s, attempt.hints, attempt.file_hash,
            json.dumps(attempt.counterexample) if attempt.counterexample else None)


def _attempt_data(attempt: Attempt) -> dict[str, Any]:
    return {"slug": attempt.slug, "at": attempt.at.isoformat(), "verdict": attempt.verdict,
            "rating": attempt.rating, "seed": attempt.seed, "cases": attempt.cases,
            "elapsed_s": attempt.elapsed_s, "hints": attempt.hints,
            "file_hash": attempt.file_hash, "counterexample": attempt.counterexample}


def _attempt_from_data(row: dict[str, Any]) -> Attempt:
    try:
        return Attempt(slug=str(row["slug"]), at=datetime.fromisoformat(row["at"]),
                       verdict=str(row["verdict"]), rating=int(row["rating"]),
                       seed=int(row["seed"]), cases=int(row["cases"]),
                       elapsed_s=float(row["elapsed_s"]), file_hash=str(row["file_hash"]),
                       hints=int(row.get("hints", 0)),
                       counterexample=row.get("counterexample"))
    except (KeyError, TypeError, ValueError) as error:
        raise WorkspaceError(f"not an attempt of a trainer history: {error}") from None


def _unreadable(path: Path, error: sqlite3.Error) -> WorkspaceError:
    return WorkspaceError(
        f"the practice history {path} cannot be read ({error}). trainer will not touch it: "
        f"move it aside (mv {path} {path}.broken) to start a new history, "
        "or restore it from a backup")
