"""Inputs kept per problem and checked first on every later grading: the shrunk input of a
failed grading, or one the learner added (`trainer case add`)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from trainer.store.database import Database

ORIGINS = ("failed", "added")


@dataclass(frozen=True)
class KeptCase:
    slug: str
    input: Any  # argument dict, or a design problem's list of calls
    origin: str  # one of ORIGINS
    added_at: datetime
    id: int | None = None

    @property
    def day(self) -> str:
        return self.added_at.date().isoformat()

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "slug": self.slug, "input": self.input, "origin": self.origin,
                "added_at": self.added_at.isoformat()}


class CaseStore(Database):
    def add_case(self, case: KeptCase) -> KeptCase | None:
        """Keep an input; None when the problem keeps it already."""
        with self.transaction() as db:
            new_id = insert_case(db, case)
        if new_id is None:
            return None
        return KeptCase(case.slug, case.input, case.origin, case.added_at, new_id)

    def cases(self, slug: str | None = None) -> list[KeptCase]:
        """The kept inputs (of one problem), oldest first."""
        query = "SELECT id, slug, input, origin, added_at FROM kept_cases"
        rows = self.read(f"{query} WHERE slug = ? ORDER BY id", (slug,)) if slug else \
            self.read(f"{query} ORDER BY id")
        return [KeptCase(slug_, json.loads(data), origin, datetime.fromisoformat(at), id_)
                for id_, slug_, data, origin, at in rows]

    def remove_case(self, slug: str, case_id: int) -> bool:
        """Forget a kept input; False when the problem has none with that id."""
        with self.transaction() as db:
            cursor = db.execute("DELETE FROM kept_cases WHERE slug = ? AND id = ?",
                                (slug, case_id))
            return cursor.rowcount > 0


def insert_case(db: sqlite3.Connection, case: KeptCase) -> int | None:
    """Keep an input, inside the caller's transaction: the new row's id, or None when the
    problem keeps that input already (the first origin stays)."""
    cursor = db.execute(
        "INSERT OR IGNORE INTO kept_cases (slug, input, origin, added_at) VALUES (?, ?, ?, ?)",
        (case.slug, json.dumps(case.input, allow_nan=True), case.origin,
         case.added_at.isoformat()))
    return int(cursor.lastrowid or 0) if cursor.rowcount else None
