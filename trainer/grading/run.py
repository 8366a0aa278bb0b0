"""One input of the learner's choosing, run through the solution (in the worker) and the
reference (here), and judged by the problem's judge: `trainer run`.

    with Sandbox(problem, path) as sandbox:
        results = run_inputs(reference, sandbox, [args, ...])

Nothing is recorded; the inputs were checked before (inputs.check_input).
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass
from typing import Any

from trainer.errors import SpecError
from trainer.grading.cases import CaseRunner, error_text
from trainer.grading.outcome import CaseFailure, GradingStopped
from trainer.grading.reference import Reference, authors_code
from trainer.grading.sandbox import Sandbox, WorkerFailure
from trainer.grading.stateful import DesignRunner
from trainer.grading.values import encode, render
from trainer.problems.calls import show_calls


@dataclass
class RunResult:
    input: Any  # the argument dict, or the list of calls
    shown: str  # the input as a person reads it
    ran: bool  # the solution returned (False: it raised, or the worker failed)
    returned: str | None  # what the solution returned, rendered
    printed: str
    seconds: float | None
    error: str | None  # what went wrong when it did not return
    expected: str | None  # the reference's answer, rendered
    agrees: bool | None  # by the problem's judge (None: nothing to judge)
    why: str | None  # why they disagree
    stopped: bool = False  # the worker died or hung on it

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("shown")
        data.pop("stopped")
        return data


def run_inputs(reference: Reference, sandbox: Sandbox, inputs: list[Any]) -> list[RunResult]:
    """Each input in turn, in one worker (a fresh one after a crash or a hang)."""
    with authors_code(reference.problem, "running reference.py"):
        return _run_inputs(reference, sandbox, inputs)


def _run_inputs(reference: Reference, sandbox: Sandbox, inputs: list[Any]) -> list[RunResult]:
    problem = reference.problem
    runner = CaseRunner(problem, reference, sandbox, None)
    try:
        sandbox.start()
    except WorkerFailure as failure:
        return [_failed(problem.entry, item, failure.message, failure.output)
                for item in inputs]
    results = []
    for item in inputs:
        result = _run_calls(runner, item) if problem.is_design else _run_call(runner, item)
        results.append(result)
        if result.stopped and item is not inputs[-1]:
            try:
                sandbox.restart()  # the worker died or hung: a fresh one for the next input
            except WorkerFailure as failure:
                results += [_failed(problem.entry, rest, failure.message)
                            for rest in inputs[len(results):]]
                break
    return results


def _shown(entry: str, item: Any) -> str:
    if isinstance(item, dict):
        return ", ".join(f"{name}={value!r}" for name, value in item.items())
    return show_calls(entry, item)


def _failed(entry: str, item: Any, message: str, output: str = "") -> RunResult:
    return RunResult(item, _shown(entry, item), False, None, output, None, message, None,
                     None, None, stopped=True)


def _run_call(runner: CaseRunner, args: dict[str, Any]) -> RunResult:
    problem = runner.problem
    shown = _shown(problem.entry, args)
    try:
        reply, expected = runner.request_while({"op": "call", "args": args},
                                               problem.call_seconds, args,
                                               lambda: _reference(runner, args))
    except GradingStopped as stopped:
        return _failed(problem.entry, args, stopped.message,
                       stopped.counterexample.output if stopped.counterexample else "")
    expected_text = None if expected is None else render(expected, 2000)
    if not reply["ok"]:
        return RunResult(args, shown, False, None, reply.get("output", ""), None,
                         error_text(reply), expected_text, None, None)
    agrees, why = True, None
    if expected is not None or runner.checker is not None:
        try:
            runner.judge_reply(reply, args, expected)
        except CaseFailure as failure:
            agrees = False
            example = failure.counterexample
            why = (example.error if example and example.error else None) or "wrong answer"
    return RunResult(args, shown, True, render(reply["value"], 2000), reply.get("output", ""),
                     reply.get("seconds"), None, expected_text,
                     agrees if expected is not None or runner.checker else None, why)


def _reference(runner: CaseRunner, args: dict[str, Any]) -> Any:
    """The reference's answer; None when it cannot answer (for a checker problem the
    checker still judges)."""
    try:
        return runner.reference_answer(args)
    except SpecError:
        return None


def _run_calls(runner: CaseRunner, calls: list[list[Any]]) -> RunResult:
    problem = runner.problem
    shown = show_calls(problem.entry, calls)
    started = time.perf_counter()
    try:
        reply = runner.request({"op": "sequence", "calls": calls}, problem.call_seconds,
                               shown)
    except GradingStopped as stopped:
        return _failed(problem.entry, calls, stopped.message,
                       stopped.counterexample.output if stopped.counterexample else "")
    seconds = reply.get("seconds", time.perf_counter() - started)
    expected = _model_answers(runner, calls)
    expected_text = None if expected is None else render(expected, 2000)
    if not reply["ok"]:
        step = reply.get("step", 0)
        name = problem.entry if step == 0 else calls[step][0]
        return RunResult(calls, shown, False, render(reply.get("values", []), 2000),
                         reply.get("output", ""), None,
                         f"call {step + 1}, {name}: {error_text(reply)}", expected_text,
                         None, None)
    agrees: bool | None = True
    why = None
    if expected is None:
        agrees = None
    else:
        try:
            DesignRunner(runner).judge_sequence(calls, reply, numbered=True)
        except CaseFailure as failure:
            agrees, why = False, failure.message
    return RunResult(calls, shown, True, render(reply["values"], 2000),
                     reply.get("output", ""), seconds, None, expected_text, agrees, why)


def _model_answers(runner: CaseRunner, calls: list[list[Any]]) -> Any:
    from trainer.grading.cases import build_args

    try:
        design = DesignRunner(runner)
        design.model = design.new_model(calls[0][1])
        answers = [None] + [design.model_call(name, args, build_args) for name, args in calls[1:]]
        return encode(answers)
    except Exception:
        return None
