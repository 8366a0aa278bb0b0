"""The inputs kept per problem: each shrunk input a grading failed on, and the learner's own
(`trainer case add`), checked first on every later grading of the problem."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from trainer import clock
from trainer.errors import TrainerError, WorkspaceError
from trainer.store.cases import KeptCase
from trainer.store.history import open_history
from trainer.workspace import Workspace

if TYPE_CHECKING:
    from trainer.grading.outcome import KeptInput, Outcome
    from trainer.problems.spec import Problem

KEPT_BYTES = 4000  # a failing input longer than this (as JSON) is not kept: shrunk ones
# are a few dozen characters, and a long one would slow every later grading


def canonical(problem: Problem, data: Any) -> Any:
    """The arguments in the signature's order, so that an input is kept only once."""
    if problem.is_design or not isinstance(data, dict) or problem.signature is None:
        return data
    names = problem.signature.param_names
    return {name: data[name] for name in names if name in data} | data


def failed_input(problem: Problem, outcome: Outcome) -> KeptCase | None:
    """What a failed grading leaves to keep: its shrunk generated input, if short."""
    data = outcome.failing_input
    if outcome.passed or data is None or len(json.dumps(data, allow_nan=True)) > KEPT_BYTES:
        return None
    return KeptCase(problem.slug, canonical(problem, data), "failed", clock.now())


def kept_inputs(workspace: Workspace, slug: str, *, strict: bool = True) -> list[KeptInput]:
    """The problem's kept inputs, for the grader. Without a history there are none (and
    none is made); a history that cannot be read is an error, unless not `strict` (a
    grading that records nothing, or `pytest solutions/`, goes on without them)."""
    from trainer.grading.outcome import KeptInput

    if not workspace.history_db.exists():
        return []
    try:
        with open_history(workspace) as history:
            return [KeptInput(case.input, case.origin) for case in history.cases(slug)]
    except WorkspaceError:
        if strict:
            raise
        return []


def add_case(workspace: Workspace, problem: Problem, text: str) -> KeptCase:
    """Keep an input of the learner's own, read and checked as `trainer run` reads one."""
    from trainer.grading.inputs import InputError, parse_input

    data = canonical(problem, parse_input(problem, text))
    if problem.is_design:
        from trainer.grading.reference import load_reference
        from trainer.grading.stateful import unfit_calls

        why = unfit_calls(load_reference(problem), data)
        if why is not None:
            raise InputError(why)
    with open_history(workspace) as history:
        added = history.add_case(KeptCase(problem.slug, data, "added", clock.now()))
        if added is None:
            existing = next(c for c in history.cases(problem.slug)
                            if json.dumps(c.input) == json.dumps(data))
            raise TrainerError(f"{problem.slug} keeps that input already "
                               f"(case {existing.id}): trainer case list {problem.slug}")
    return added


def list_cases(workspace: Workspace, slug: str) -> list[KeptCase]:
    with open_history(workspace) as history:
        return history.cases(slug)


def remove_case(workspace: Workspace, slug: str, case_id: int) -> None:
    with open_history(workspace) as history:
        if not history.remove_case(slug, case_id):
            raise TrainerError(f"{slug} keeps no input {case_id}: trainer case list {slug}")


def shown_input(problem: Problem, data: Any) -> str:
    """As `trainer case add --input` takes it: `nums=[1, 2], target=3`, or the calls."""
    if isinstance(data, dict):
        return ", ".join(f"{name}={value!r}" for name, value in data.items())
    calls = [[problem.entry if name == "__init__" else name, *args.values()]
             for name, args in data]
    return repr(calls)


def origin_text(case: KeptCase) -> str:
    return (f"failed grading on {case.day}" if case.origin == "failed"
            else f"added by you on {case.day}")
