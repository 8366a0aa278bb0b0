"""Proving a problem: its spec, examples, reference, accepted/, wrong/ and slow/ solutions.

    validate_problem(problem) -> list[Check]

A problem is sound when its examples agree with its reference, the reference and every
accepted/ solution (other correct ways to solve it, in the styles learners write) pass,
every wrong/ solution is rejected, and every slow/ solution is `too_slow`.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from trainer.errors import SpecError
from trainer.problems.spec import Example, Problem

MIN_EXAMPLES = 2
MIN_HINTS = 2


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str = ""
    verdict: str = ""  # for a grading: the verdict it got
    spec_error: SpecError | None = None  # the problem itself is broken (exit 2)


Report = Callable[[Check], None]


def validate_problem(problem: Problem, seed: int = 0, report: Report | None = None,
                     inputs_dir: Path | None = None) -> list[Check]:
    """Every check, in order; stops early only when the reference cannot be loaded."""
    from trainer.grading.reference import authors_code

    checks: list[Check] = []
    try:
        with authors_code(problem, "validating with reference.py"):
            _validate(problem, seed, report, inputs_dir, checks)
    except SpecError as error:
        checks.append(Check("reference runs", False, str(error), spec_error=error))
        if report:
            report(checks[-1])
    return checks


def _validate(problem: Problem, seed: int, report: Report | None, inputs_dir: Path | None,
              checks: list[Check]) -> None:
    from trainer.grading.engine import grade
    from trainer.grading.reference import load_reference

    def add(check: Check) -> None:
        checks.append(check)
        if report:
            report(check)

    add(_completeness(problem))
    try:
        reference = load_reference(problem)
    except SpecError as error:
        add(Check("reference loads", False, str(error), spec_error=error))
        return
    for number, example in enumerate(problem.examples, 1):
        add(_example_check(problem, reference, example, number))
    if problem.constraints:
        from trainer.grading.constraint_check import constraint_problems

        outside = constraint_problems(problem, reference)
        add(Check("constraints hold", not outside, "; ".join(outside)))
    gradings = [("reference passes", problem.reference_path, "passed")]
    gradings += [(f"accepted/{path.name} passes", path, "passed")
                 for path in problem.solutions_in("accepted")]
    gradings += [(f"wrong/{path.name} rejected", path, "rejected")
                 for path in problem.solutions_in("wrong")]
    gradings += [(f"slow/{path.name} too_slow", path, "too_slow")
                 for path in problem.solutions_in("slow")]
    gradings += [(f"heavy/{path.name} too_much_memory", path, "too_much_memory")
                 for path in problem.solutions_in("heavy")]
    for name, path, wanted in gradings:
        try:
            # A wrong/ solution needs only its verdict, not the smallest input that shows it.
            outcome = grade(reference, path, seed_value=seed, inputs_dir=inputs_dir,
                            shrink=wanted != "rejected")
        except SpecError as error:
            add(Check(name, False, str(error), spec_error=error))
            continue
        ok = {"passed": outcome.passed, "rejected": not outcome.passed,
              "too_slow": outcome.verdict == "too_slow",
              "too_much_memory": outcome.verdict == "too_much_memory"}[wanted]
        add(Check(name, ok, _describe(outcome), outcome.verdict))


def _describe(outcome: object) -> str:
    verdict = getattr(outcome, "verdict", "")
    message = getattr(outcome, "message", "")
    growth = getattr(outcome, "growth", {}) or {}
    if verdict == "passed" and growth:
        return f"passed; {growth.get('message', '')}"
    return f"{verdict}: {message}" if message else str(verdict)


def _completeness(problem: Problem) -> Check:
    missing = []
    if len(problem.examples) < MIN_EXAMPLES:
        missing.append(f"at least {MIN_EXAMPLES} examples")
    if len(problem.hints) < MIN_HINTS:
        missing.append(f"at least {MIN_HINTS} hints")
    if not problem.solutions_in("wrong"):
        missing.append("a wrong/ solution")
    naive = problem.complexity.naive.strip().lower()
    if naive != "same" and not problem.solutions_in("slow"):
        missing.append(f"a slow/ solution ({problem.complexity.naive})")
    if problem.solutions_in("slow") and not problem.complexity.sizes:
        missing.append("complexity.sizes, to time the slow/ solutions")
    if problem.complexity.space is not None and not problem.solutions_in("heavy"):
        missing.append(f"a heavy/ solution (more extra memory than {problem.complexity.space})")
    return Check("spec complete", not missing, "missing: " + ", ".join(missing) if missing
                 else "")


def _example_check(problem: Problem, reference: object, example: Example,
                   number: int) -> Check:
    """The example's stated output is what the reference computes (or the checker accepts)."""
    from trainer.grading.judges import answer_type, judge
    from trainer.grading.values import encode, materialize
    from trainer.problems.calls import show_calls, with_answers

    name = f"example {number} (line {example.line})"
    try:
        if problem.is_design:
            entry = getattr(reference, "entry")  # noqa: B009
            calls = example.input["calls"]
            model = entry(**_built(problem, "__init__", calls[0][1]))
            answers: dict[str, Any] = {}  # for a call that takes an earlier one's answer
            for index, (method, args) in enumerate(calls[1:], 1):
                built = _built(problem, method, with_answers(args, answers))
                if method == "__init__":  # another instance, as in a round trip
                    model = entry(**built)
                    continue
                got = getattr(model, method)(**built)
                answers[method] = encode(got)
                declared = problem.methods[method].returns
                if declared.name == "None":
                    continue
                stated = encode(materialize(example.output[index], declared))
                why = judge(problem, args, encode(got), stated, declared=declared)
                if why:
                    return Check(name, False, f"{show_calls(problem.entry, calls[:index + 1])}"
                                 f": reference gives {got!r}, example says "
                                 f"{example.output[index]!r}")
            return Check(name, True)
        from trainer.grading.cases import CaseRunner

        runner = CaseRunner(problem, reference, None, None)  # type: ignore[arg-type]
        expected = runner.reference_answer(example.input)
        declared = answer_type(problem)
        stated = encode(materialize(copy.deepcopy(example.output), declared))
        # A stated list has no node identities to compare: compare values only.
        by_value = replace(problem, same_nodes=False)
        why = judge(by_value, copy.deepcopy(example.input), expected, stated, runner.checker)
        if why:
            return Check(name, False, f"the example's output is not accepted: {why}")
        return Check(name, True)
    except Exception as error:
        return Check(name, False, f"the reference fails on it: {type(error).__name__}: {error}")


def _built(problem: Problem, method: str, args: dict[str, Any]) -> dict[str, Any]:
    from trainer.grading.cases import build_args

    return build_args(problem.methods[method], args)


def flips(runs: list[list[Check]]) -> list[str]:
    """The gradings whose verdict was not the same in every run (with other seeds)."""
    verdicts: dict[str, set[str]] = {}
    for checks in runs:
        for check in checks:
            if check.verdict:
                verdicts.setdefault(check.name, set()).add(check.verdict)
    return sorted(name for name, seen in verdicts.items() if len(seen) > 1)
