"""Interview rounds: the day, the outcome, the topics where it went wrong, free text."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from trainer.store.database import Database

OUTCOMES = ("failed", "passed", "upcoming")


@dataclass(frozen=True)
class Interview:
    day: str  # ISO date of the round
    outcome: str  # one of OUTCOMES
    topics: tuple[str, ...]  # failed: where it went wrong; passed: could have been better;
    #                          upcoming: what it will ask
    company: str = ""
    note: str = ""
    added_at: str = ""  # ISO timestamp of when it was recorded
    id: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "day": self.day, "outcome": self.outcome,
                "topics": list(self.topics), "company": self.company, "note": self.note,
                "added_at": self.added_at}


class InterviewStore(Database):
    def add_interview(self, interview: Interview) -> Interview:
        with self.transaction() as db:
            new_id = insert_interview(db, interview)
        return Interview(interview.day, interview.outcome, interview.topics,
                         interview.company, interview.note, interview.added_at, new_id)

    def interviews(self) -> list[Interview]:
        """Every recorded round, by day, then in the order they were added."""
        rows = self.read("SELECT id, day, outcome, topics, company, note, added_at"
                         " FROM interviews ORDER BY day, id")
        return [Interview(day, outcome, tuple(json.loads(topics)), company, note, added_at,
                          id_) for id_, day, outcome, topics, company, note, added_at in rows]

    def remove_interview(self, interview_id: int) -> bool:
        """Forget a round; False when there was none with that id."""
        with self.transaction() as db:
            cursor = db.execute("DELETE FROM interviews WHERE id = ?", (interview_id,))
            return cursor.rowcount > 0


def insert_interview(db: sqlite3.Connection, interview: Interview) -> int:
    """The one INSERT of a round, inside the caller's transaction; the new row's id."""
    cursor = db.execute(
        "INSERT INTO interviews (day, outcome, topics, company, note, added_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (interview.day, interview.outcome, json.dumps(list(interview.topics)),
         interview.company, interview.note, interview.added_at))
    return int(cursor.lastrowid or 0)
