"""After Hypothesis has shrunk a failure: the input made smaller still (see minimize.py),
run by the solution in the worker and judged as any other input.

    smallest_call(runner, args, failure)      -> the failure on the smallest args found
    smallest_sequence(runner, calls, failure) -> the same for a design problem's calls

A candidate counts only when it fails the same way: the same verdict and, for an
exception, the same exception type. One that makes the worker die or hang ends the
search (the worker is started again); the failure found so far is reported.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from trainer.grading.cases import CaseRunner, build_args
from trainer.grading.inputs import InputError, check_input
from trainer.grading.minimize import Budget, Path, minimize
from trainer.grading.outcome import CaseFailure, GradingStopped
from trainer.grading.stateful import DesignRunner, call_rule

CALLS, SECONDS = 1000, 3.0  # at most this much more work for a failure; the runs bound
# it, so that a replay with the same seed shows the same input, the time only on a slow machine


def smallest_call(runner: CaseRunner, args: dict[str, Any],
                  failure: CaseFailure) -> CaseFailure:
    return smaller_failure(runner, args, failure, runner.check_call, lambda _: False)


def smallest_sequence(runner: CaseRunner, calls: list[list[Any]],
                      failure: CaseFailure) -> CaseFailure:
    """The calls up to the failing one, fewer and with smaller arguments; the constructor
    stays first and the method names stay as they are."""

    def run(candidate: list[list[Any]]) -> None:
        if _allowed(runner, candidate):
            DesignRunner(runner).run(candidate)

    def fixed(path: Path) -> bool:
        return path == (0,) or len(path) == 2  # the constructor; a call's name and args

    return smaller_failure(runner, calls, failure, run, fixed)


def smaller_failure(runner: CaseRunner, value: Any, failure: CaseFailure,
                    run: Callable[[Any], None], fixed: Callable[[Path], bool]) -> CaseFailure:
    """The failure on the smallest input found from `value`; `run(candidate)` raises a
    CaseFailure when the solution fails on it."""
    kind = failure_kind(failure)
    found = [failure]
    stopped = [False]

    def valid(candidate: Any) -> bool:
        try:
            check_input(runner.problem, candidate)
        except InputError:
            return False
        return True

    def fails(candidate: Any) -> bool:
        if stopped[0]:
            return False
        try:
            run(candidate)
        except CaseFailure as again:
            if failure_kind(again) == kind:
                found[0] = again
                return True
        except GradingStopped:
            stopped[0] = True
            _restart(runner)
        except Exception:  # the reference cannot take it (a SpecError, or a model's own
            pass  # error): not an input to show
        return False

    with contextlib.suppress(Exception):  # the failure in hand is shown whatever happens
        minimize(value, fails, valid=valid, fixed=fixed, budget=Budget(CALLS, SECONDS))
    return found[0]


def failure_kind(failure: CaseFailure) -> tuple[str, str]:
    """A wrong answer, or an exception of one type ('IndexError: ...' -> 'IndexError')."""
    if failure.verdict == "runtime_error":
        return failure.verdict, failure.message.split(":", 1)[0].strip()
    return failure.verdict, ""


def _allowed(runner: CaseRunner, calls: list[list[Any]]) -> bool:
    """Whether every call is one the reference's precondition allows at its turn."""
    allowed = call_rule(runner.reference)
    if allowed is None:
        return True
    design = DesignRunner(runner)
    design.model = design.new_model(calls[0][1])
    for name, args in calls[1:]:
        if not allowed(design.model, name, set(design.answers)):
            return False
        design.model_call(name, args, build_args)
    return True


def _restart(runner: CaseRunner) -> None:
    # when even that fails, the failure found so far is still reported: nothing runs after
    with contextlib.suppress(GradingStopped):
        runner.restart_worker(None)
