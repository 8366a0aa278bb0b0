"""The practice history: every attempt, hint and reveal, every problem's card, the learner's
interviews, in one SQLite file, `<workspace>/.trainer/history.sqlite3` (WAL mode).

History puts the store's parts together: the connection and migrations (database.py),
attempts and their totals (attempts.py), cards and state (cards.py), interview rounds
(interviews.py), the inputs kept per problem (cases.py); export and import are in
transfer.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer.store.attempts import AttemptStore
from trainer.store.cards import CardStore
from trainer.store.cases import CaseStore
from trainer.store.interviews import InterviewStore

if TYPE_CHECKING:
    from trainer.workspace import Workspace


class History(AttemptStore, CardStore, InterviewStore, CaseStore):
    """An open history database. Use as a context manager; every write is one transaction."""

    def __enter__(self) -> History:
        return self


def open_history(workspace: Workspace) -> History:
    return History(workspace.history_db)
