"""The shrink after Hypothesis keeps the failure's kind, skips what the reference cannot
answer, and ends (with the failure found so far) when the worker dies or hangs."""

from __future__ import annotations

from typing import Any, cast

from tests.conftest import PROBLEMS
from trainer.errors import SpecError
from trainer.grading.cases import CaseRunner
from trainer.grading.outcome import CaseFailure, GradingStopped
from trainer.grading.smallest import smaller_failure
from trainer.problems.spec import load_problem

PROBLEM = load_problem(PROBLEMS / "valid-palindrome")


class Runner:
    """What the shrink uses of a CaseRunner: the problem, and a worker restart."""

    def __init__(self) -> None:
        self.problem = PROBLEM
        self.restarts = 0

    def restart_worker(self, shown_input: Any) -> None:
        self.restarts += 1


def wrong(args: dict[str, Any]) -> CaseFailure:
    return CaseFailure("wrong_answer", None, f"wrong on {args['s']!r}")


def shrink(run: Any, start: str = "abcdcba") -> tuple[CaseFailure, Runner, list[str]]:
    runner = Runner()
    tried: list[str] = []

    def recorded(args: dict[str, Any]) -> None:
        tried.append(args["s"])
        run(args)

    found = smaller_failure(cast(CaseRunner, runner), {"s": start}, wrong({"s": start}),
                            recorded, lambda _: False)
    return found, runner, tried


def test_it_takes_only_a_failure_of_the_same_kind() -> None:
    def run(args: dict[str, Any]) -> None:
        if len(args["s"]) >= 3:
            raise wrong(args)
        if args["s"]:
            raise CaseFailure("runtime_error", None, "IndexError: out of range")

    found, _, _ = shrink(run)
    assert found.message == "wrong on 'aaa'"  # not the shorter IndexError


def test_it_skips_inputs_the_reference_cannot_answer() -> None:
    def run(args: dict[str, Any]) -> None:
        if len(args["s"]) < 5:
            raise SpecError(PROBLEM.reference_path, "the reference failed")
        raise wrong(args)

    found, _, _ = shrink(run)
    assert found.message == "wrong on 'aaaaa'"


def test_a_worker_that_hangs_ends_the_search_with_the_failure_found_so_far() -> None:
    def run(args: dict[str, Any]) -> None:
        if len(args["s"]) <= 3:
            raise GradingStopped("time_limit", None, "over 2 s")
        raise wrong(args)

    found, runner, tried = shrink(run)
    assert tried == ["aaaaaaa", "a"]  # "a" (both ends trimmed) hung: nothing after it
    assert runner.restarts == 1
    assert found.message == "wrong on 'aaaaaaa'"


def test_inputs_outside_the_constraints_are_never_run() -> None:
    def run(args: dict[str, Any]) -> None:
        raise wrong(args)

    _, _, tried = shrink(run, "ab\u00e9")  # é is outside printable ASCII, so is the start
    assert tried and all(all(" " <= c <= "~" for c in s) for s in tried)
