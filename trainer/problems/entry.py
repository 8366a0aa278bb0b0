"""A problem's index fields: what the everyday commands read of every problem.

`list`, `next`, `review` and `stats` need these few fields of each problem, and the full
spec only of the problem they show. A full Problem (problems/spec.py) is an Entry too.
"""

from __future__ import annotations

from dataclasses import dataclass

from trainer.problems.vocabulary import DIFFICULTIES


@dataclass(frozen=True, slots=True)
class Entry:
    slug: str
    title: str
    topic: str
    difficulty: str
    entry: str  # the function or class the learner writes
    judge: str

    @property
    def difficulty_rank(self) -> int:
        return DIFFICULTIES.index(self.difficulty)

    def index_fields(self) -> tuple[str, ...]:
        """The fields as the catalogue's index stores them: Entry(*fields) rebuilds it."""
        return tuple(getattr(self, name) for name in ENTRY_FIELDS)


ENTRY_FIELDS = ("slug", "title", "topic", "difficulty", "entry", "judge")
