"""The reference solution, once it can teach rather than spoil.

It opens after a pass; before that only on giving up, after GIVE_UP_AFTER failed attempts.
A give-up is recorded in the history as a reveal, so that the next pass is rated Hard.
"""

from __future__ import annotations

from dataclasses import dataclass

from trainer import clock
from trainer.errors import TrainerError
from trainer.problems.solution_source import solution_source
from trainer.problems.spec import Problem
from trainer.store.history import open_history
from trainer.workspace import Workspace

GIVE_UP_AFTER = 3


class SolutionLocked(TrainerError):
    """The solution stays hidden: not passed yet, and not given up on."""


@dataclass(frozen=True)
class Reveal:
    source: str
    gave_up: bool  # True: shown before any pass, and recorded


def reveal(workspace: Workspace, problem: Problem, give_up: bool) -> Reveal:
    """The solution, if the history allows it; SolutionLocked saying what is left if not."""
    source = solution_source(problem)
    with open_history(workspace) as history:
        summary = history.summaries().get(problem.slug, {"attempts": 0, "passes": 0})
        if summary["passes"]:
            return Reveal(source, gave_up=False)
        failed = summary["attempts"]
        left = GIVE_UP_AFTER - failed
        if not give_up:
            how = (f"give up with: trainer solution {problem.slug} --give-up" if left <= 0 else
                   f"after {left} more failed attempt{'s' * (left > 1)}, you may give up "
                   f"with --give-up")
            raise SolutionLocked(f"the solution of {problem.slug} opens once you pass it "
                                 f"(trainer grade {problem.slug}); or {how}")
        if left > 0:
            more_hints = history.hints_taken(problem.slug) < len(problem.hints)
            raise SolutionLocked(
                f"--give-up opens the solution after {GIVE_UP_AFTER} failed attempts; "
                f"{problem.slug} has {failed}: {left} more to go."
                + (f" A hint may be all you need: trainer hint {problem.slug}" if more_hints
                   else " You have seen every hint: read them again with trainer hint "
                        f"{problem.slug}, and try once more"))
        history.record_reveal(problem.slug, clock.now())
    return Reveal(source, gave_up=True)
