"""The connection to the history file: WAL mode, migrations, transactions, read errors.

The database is never recreated over the user's data: an unreadable file is an error that
says how to recover.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from trainer.errors import WorkspaceError
from trainer.store.schema import MIGRATIONS


class Database:
    """An open history database. Use as a context manager; every write is one transaction."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.read_only = False
        if path.parent.exists() and not path.parent.is_dir():
            raise WorkspaceError(
                f"{path.parent} is a file, where trainer keeps your practice history in a "
                f"folder of that name: move it aside (mv {path.parent} {path.parent}.old) "
                "and try again")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if not path.exists():
                if not _writable(path.parent):
                    raise unreadable(path, sqlite3.OperationalError("read-only folder"))
                self._create(path)
            elif path.is_file() and path.stat().st_size == 0:
                # A new history is never empty (see _create): this one lost its contents.
                raise unreadable(path, sqlite3.DatabaseError("the file is empty"))
            if _writable(path.parent) and _writable(path):
                self.db = self._connect(path)
            else:  # read what is there; a write says the history is read-only
                self.read_only = True
                self.db = _connect_read_only(path)
            self._migrate()
        except sqlite3.DatabaseError as error:
            raise unreadable(path, error) from None
        except OSError as error:
            raise WorkspaceError(f"cannot open the practice history {path}: "
                                 f"{error.strerror}") from None

    def _connect(self, path: Path) -> sqlite3.Connection:
        self.db = sqlite3.connect(path, timeout=30, isolation_level=None)
        self.db.execute("PRAGMA busy_timeout = 30000")
        self._use_wal()
        self.db.execute("PRAGMA synchronous = NORMAL")
        return self.db

    def _create(self, path: Path) -> None:
        """A new history is built whole under a name of its own, then linked into place:
        no process ever sees it empty or half made, so an empty file is always damage."""
        fd, name = tempfile.mkstemp(prefix=".new-", suffix=".sqlite3", dir=path.parent)
        os.close(fd)
        made = Path(name)
        try:
            made.unlink()
            self._connect(made)
            self._migrate()
            self.db.close()
            with contextlib.suppress(FileExistsError):  # another process was first: use its
                os.link(made, path)
        finally:
            for suffix in ("", "-wal", "-shm"):
                made.with_name(made.name + suffix).unlink(missing_ok=True)

    def _use_wal(self) -> None:
        """WAL mode, kept in the file. Switching a new file to it needs the file to itself,
        and SQLite does not wait for that: two processes creating the history at once
        take turns here."""
        deadline = time.monotonic() + 30
        while True:
            try:
                self.db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.01)

    def __enter__(self) -> Any:  # the subclass in use: History
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")
        except (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError):
            raise  # the caller's mistake, not the file's
        except sqlite3.DatabaseError as error:
            raise unreadable(self.path, error) from None

    def check(self) -> None:
        """Raise the history's error now if any page of it is damaged: for commands that
        must fail before they touch the learner's files."""
        rows = self.read("PRAGMA quick_check")
        if [tuple(row) for row in rows] != [("ok",)]:
            raise unreadable(self.path, sqlite3.DatabaseError(str(rows[0][0])))

    def require_writable(self) -> None:
        """Raise the read-only or full-disk error now: for commands whose work a failed
        write would throw away (a grading) or that move the learner's files first."""
        if self.read_only:
            raise unreadable(self.path, sqlite3.OperationalError("readonly"))
        if _disk_full(self.path.parent):
            raise unreadable(self.path, sqlite3.OperationalError("database or disk is full"))

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads that see one state of the history, whatever is written meanwhile."""
        try:
            self.db.execute("BEGIN")
        except sqlite3.DatabaseError as error:
            raise unreadable(self.path, error) from None
        try:
            yield
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self.db.execute("ROLLBACK")
            raise
        try:
            self.db.execute("COMMIT")
        except sqlite3.DatabaseError as error:
            raise unreadable(self.path, error) from None

    def _migrate(self) -> None:
        version = self._version()
        if self.read_only and version < len(MIGRATIONS):
            raise unreadable(self.path, sqlite3.OperationalError(
                "readonly: written by an older trainer, it must be updated"))
        while version < len(MIGRATIONS):
            with self.transaction() as db:
                version = self._version()  # another process may have moved it up meanwhile
                if version < len(MIGRATIONS):
                    run_script(db, MIGRATIONS[version])
                    version += 1
                    db.execute(f"PRAGMA user_version = {version}")
        if version > len(MIGRATIONS):
            raise WorkspaceError(
                f"{self.path} was written by a newer trainer (schema {version}); "
                "update trainer to read it")

    def _version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def read(self, query: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[Any]:
        try:
            return self.db.execute(query, params).fetchall()
        except sqlite3.DatabaseError as error:
            raise unreadable(self.path, error) from None


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """The history opened for reading only, without the -shm file that WAL mode makes
    beside it (a read-only folder cannot hold one). What a process writing to it left in
    its -wal is read too, when SQLite can; otherwise the file as last checkpointed."""
    from urllib.parse import quote

    uri = f"file:{quote(str(path))}?mode=ro"
    db = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None)
    try:
        db.execute("PRAGMA user_version").fetchone()
        return db
    except sqlite3.OperationalError:
        db.close()
    return sqlite3.connect(uri + "&immutable=1", uri=True, isolation_level=None)


def run_script(db: sqlite3.Connection, script: str) -> None:
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


def unreadable(path: Path, error: sqlite3.Error) -> WorkspaceError:
    if "readonly" in str(error) or "read-only" in str(error):
        return WorkspaceError(
            f"the practice history {path} is read-only: this command needs to write to it, "
            f"and nothing was changed. Make {path.parent} and its files writable (chmod u+w "
            "on a folder you own; or remount it read-write) and try again; list, show, "
            "review, stats and next --json still work meanwhile")
    if "disk is full" in str(error) or _disk_full(path.parent):
        return WorkspaceError(
            f"the disk that holds the practice history {path} is full: nothing was recorded "
            "or changed. Free some space on it and try again")
    if "disk I/O error" in str(error) or "unable to open" in str(error):
        return WorkspaceError(
            f"the practice history {path} could not be opened or written ({error}); trainer "
            "left it alone. Check that its disk is there, writable and not full, then try "
            "again")
    return WorkspaceError(
        f"the practice history {path} cannot be read ({error}). trainer will not touch it: "
        f"move it aside (mv {path} {path}.broken) to start a new history, "
        "or restore it from a backup")


def _disk_full(folder: Path) -> bool:
    """Less free space than SQLite needs to open and write (its -shm file alone is 32 KB)."""
    try:
        return shutil.disk_usage(folder).free < 256 * 1024
    except OSError:
        return False
