"""Each problem's FSRS card and its due day, and the coach's small named state.

The store keeps a card as fsrs's own dict, without reading it; the coach owns the keys of
the state table (coach/state.py).
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from trainer.store.database import Database


class CardStore(Database):
    def cards(self) -> dict[str, tuple[dict[str, Any], str]]:
        rows = self.read("SELECT slug, card, due_day FROM cards")
        return {slug: (json.loads(card), due_day) for slug, card, due_day in rows}

    def due_days(self) -> dict[str, str]:
        """Each problem's next review day, without reading the cards themselves."""
        return dict(self.read("SELECT slug, due_day FROM cards"))

    def card(self, slug: str) -> dict[str, Any] | None:
        rows = self.read("SELECT card FROM cards WHERE slug = ?", (slug,))
        return json.loads(rows[0][0]) if rows else None

    def day_base(self, slug: str, day: str) -> dict[str, Any] | None:
        """The card to review on `day`: the card as it was before that day's first attempt
        if the problem was already reviewed that day, else the card as it is."""
        rows = self.read("SELECT card, base, base_day FROM cards WHERE slug = ?", (slug,))
        if not rows:
            return None
        card, base, base_day = rows[0]
        if base_day == day:
            return json.loads(base) if base else None
        return dict(json.loads(card))

    def get_state(self, key: str) -> Any:
        rows = self.read("SELECT value FROM state WHERE key = ?", (key,))
        return json.loads(rows[0][0]) if rows else None

    def set_state(self, key: str, value: Any) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO state (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)))


def put_card(db: sqlite3.Connection, slug: str, card: dict[str, Any], due_day: str,
             base: dict[str, Any] | None = None, base_day: str = "") -> None:
    """Insert or replace a card, inside the caller's transaction, with the card it was
    before `base_day` (None: a new card)."""
    db.execute(
        "INSERT INTO cards (slug, card, due_day, base, base_day) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (slug) DO UPDATE SET card = excluded.card, due_day = excluded.due_day,"
        " base = excluded.base, base_day = excluded.base_day",
        (slug, json.dumps(card), due_day, json.dumps(base) if base else None, base_day))
