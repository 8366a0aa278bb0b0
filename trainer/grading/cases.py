"""Running one input through the solution (in the worker) and the reference (here).

Every failure becomes a CaseFailure (wrong answer or an exception: shrinkable) or a
GradingStopped (the worker died or hung: the grading ends there).
"""

from __future__ import annotations

import copy
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from trainer.errors import SpecError
from trainer.grading.judges import canonical, judge
from trainer.grading.outcome import CaseFailure, Counterexample, GradingStopped, inline_input
from trainer.grading.reference import Reference
from trainer.grading.sandbox import Sandbox, WorkerFailure
from trainer.grading.values import (
    NodeRegistry,
    encode,
    materialize,
    registry_for,
    render,
    sort_key,
    strict_equal,
)
from trainer.problems.signature import Signature, Type
from trainer.problems.spec import Problem

ERROR_VERDICTS = {"memory": "memory_limit"}


class CaseRunner:
    def __init__(self, problem: Problem, reference: Reference, sandbox: Sandbox,
                 inputs_dir: Path | None) -> None:
        self.problem = problem
        self.reference = reference
        self.sandbox = sandbox
        self.inputs_dir = inputs_dir
        self.cases = 0
        self.last_failure: CaseFailure | None = None  # for a solution that fails only sometimes
        self.accepted_types: set[str] = set()  # sequences accepted where a list is declared
        self.checker: Callable[[dict[str, Any], Any], str | None] | None = (
            reference.get("check") if problem.judge == "checker" else None)

    # -- the reference, in this process ---------------------------------------------
    def reference_answer(self, args: dict[str, Any]) -> Any:
        signature = self.problem.signature
        assert signature is not None
        registry = registry_for(signature, self.problem.in_place)
        built = build_args(signature, args, registry)
        try:
            value = self.reference.entry(**built)
        except Exception as error:
            raise reference_failed(self.problem, error, args) from error
        if self.problem.in_place is not None:
            value = built[self.problem.in_place]
        return encode(value, registry)

    # -- the solution, in the worker ------------------------------------------------
    def request(self, message: dict[str, Any], timeout: float, shown_input: Any) -> Any:
        """Send a request; a dead or hung worker stops the grading with this input (which
        may be given as a function, called only then)."""
        reply, _ = self.request_while(message, timeout, shown_input, lambda: None)
        return reply

    def request_while(self, message: dict[str, Any], timeout: float, shown_input: Any,
                      meanwhile: Callable[[], Any]) -> tuple[Any, Any]:
        """A request, and `meanwhile()` run here while the worker works: (reply, its
        result). The reply is read even when `meanwhile` raises, so none is left unread."""
        try:
            self.sandbox.send(message)
            try:
                result = meanwhile()
            finally:
                reply = self.sandbox.reply(timeout, message["op"])
        except WorkerFailure as failure:
            raise self.stopped(failure, shown_input) from None
        return reply, result

    def restart_worker(self, shown_input: Any) -> None:
        """A fresh worker with the solution loaded, after the last one died or hung."""
        try:
            self.sandbox.restart()
        except WorkerFailure as failure:
            raise self.stopped(failure, shown_input) from None

    def stopped(self, failure: WorkerFailure, shown_input: Any) -> GradingStopped:
        shown = shown_input() if callable(shown_input) else shown_input
        return GradingStopped(failure.verdict, self.counterexample(
            shown, error=failure.message, output=failure.output), failure.message)

    def check_call(self, args: dict[str, Any]) -> None:
        """One function call: the solution's answer judged against the reference's, which
        is worked out while the worker runs the solution."""
        self.cases += 1
        reply, expected = self.request_while({"op": "call", "args": args},
                                             self.problem.call_seconds, args,
                                             lambda: self.reference_answer(args))
        self.judge_reply(reply, args, expected)

    def judge_reply(self, reply: dict[str, Any], args: dict[str, Any], expected: Any,
                    declared: Type | None = None, shown_input: Any = None,
                    label: str = "", custom: Callable[[Any], str | None] | None = None,
                    raw_input: Callable[[], Any] | None = None) -> None:
        """Raise a CaseFailure unless the reply is the right answer for `args`.

        `shown_input` is what a failure shows as the input (default: `args`); it may be a
        function, called only on failure, because building it can be costly. `raw_input`
        gives the input as data that can be run again (default: `args`, when it is the
        input shown): a failure carries it, so that the history can keep it.
        """
        try:
            self._judge_reply(reply, args, expected, declared, shown_input, label, custom)
        except CaseFailure as failure:
            if raw_input is not None:
                failure.raw_input = raw_input()
            elif shown_input is None:
                failure.raw_input = fresh_copy(args)
            raise

    def _judge_reply(self, reply: dict[str, Any], args: dict[str, Any], expected: Any,
                     declared: Type | None, shown_input: Any, label: str,
                     custom: Callable[[Any], str | None] | None) -> None:
        why: str | None = None
        if reply["ok"]:
            if self.checker is not None:
                args = copy.deepcopy(args)  # a checker must not change what is shown
            why = reply.get("violation") or judge(
                self.problem, args, expected, reply["value"], self.checker, declared, custom,
                self.accepted_types)
            if why is None:
                return
        shown = args if shown_input is None else shown_input
        if callable(shown):
            shown = shown()
        expected_text = None if expected is None else render(expected)
        output = reply.get("output", "")
        if not reply["ok"]:
            verdict = ERROR_VERDICTS.get(reply.get("kind", ""), "runtime_error")
            self.fail(CaseFailure(verdict, self.counterexample(
                shown, expected=expected_text, error=error_text(reply), output=output),
                str(reply.get("error"))))
        assert why is not None
        got_text = render(reply["value"])
        message = label + (f"expected {expected_text}, got {got_text}" if why == "wrong answer"
                           else why)
        self.fail(CaseFailure("wrong_answer", self.counterexample(
            shown, expected=expected_text, got=got_text,
            error=None if why == "wrong answer" else label + why, output=output,
            difference=first_difference(expected, reply["value"], self.problem)), message))

    def fail(self, failure: CaseFailure) -> None:
        self.last_failure = failure
        raise failure

    def counterexample(self, shown_input: Any, **details: Any) -> Counterexample:
        data, shortened = inline_input(shown_input)
        example = Counterexample(input=data, **details)
        if shortened and self.inputs_dir is not None:
            path = self.inputs_dir / f"{self.problem.module_name}.json"
            try:
                self.inputs_dir.mkdir(parents=True, exist_ok=True)
                path.write_text(json.dumps(shown_input, allow_nan=True, default=repr) + "\n")
                example.input_file = str(path)
            except OSError:
                pass  # a read-only or full disk: the report shows the input shortened
        return example


def build_args(signature: Signature, args: dict[str, Any],
               registry: NodeRegistry | None = None) -> dict[str, Any]:
    """Fresh Python arguments from plain data: the caller's dict is never touched."""
    return materialized(signature, fresh_copy(args), registry)


def materialized(signature: Signature, args: dict[str, Any],
                 registry: NodeRegistry | None = None) -> dict[str, Any]:
    """Arguments built from data the caller already copied."""
    if signature.plain_params and len(args) == len(signature.params):
        return args  # nothing to build: the copy is the argument (a design problem's
        # timed sequences make this call tens of thousands of times)
    return {p.name: materialize(args[p.name], p.type, registry) for p in signature.params}


def fresh_copy(data: Any) -> Any:
    """A deep copy of plain data, exactly as the worker receives it (and far quicker than
    copy.deepcopy)."""
    return json.loads(json.dumps(data, allow_nan=True))


def error_text(reply: dict[str, Any]) -> str:
    """'line 7, in two_sum: IndexError: ...' or just the message."""
    if reply.get("line"):
        where = f"line {reply['line']}"
        if reply.get("function") and reply["function"] != "<module>":
            where += f", in {reply['function']}"
        source = f"\n    {reply['source']}" if reply.get("source") else ""
        return f"{where}: {reply['error']}{source}"
    return str(reply.get("error"))


def reference_failed(problem: Problem, error: Exception, shown_input: Any) -> SpecError:
    """The author's code failed, not the learner's: a spec error, naming the file."""
    data, _ = inline_input(shown_input)
    return SpecError(problem.reference_path,
                     f"the reference failed ({type(error).__name__}: {error}) on {data}")


def first_difference(expected: Any, got: Any, problem: Problem | None = None) -> str | None:
    """For long list answers, where they part: easier to read than two long lines. Where
    the order of the items is free, what is missing and what is not expected."""
    if not (isinstance(expected, list) and isinstance(got, list)):
        return None
    if len(render(expected)) < 80 and len(render(got)) < 80:
        return None
    if problem is not None and problem.judge == "unordered" and 0 in problem.unordered_levels:
        return _set_difference(expected, got, problem.unordered_levels)
    for index, (want, have) in enumerate(zip(expected, got, strict=False)):
        if not strict_equal(want, have):
            return (f"at index {index}: expected {render(want, 60)}, got {render(have, 60)}"
                    f" (lengths {len(expected)} and {len(got)})")
    return f"the first {min(len(expected), len(got))} items agree; lengths {len(expected)} " \
           f"and {len(got)}"


def _set_difference(expected: list[Any], got: list[Any], levels: tuple[int, ...]) -> str:
    """The items of one answer the other lacks, each counted as often as it is lacking."""
    inner = tuple(level - 1 for level in levels if level > 0)

    def key(item: Any) -> str:
        return sort_key(canonical(item, inner))

    shown = {key(item): item for item in [*expected, *got]}
    want, have = Counter(map(key, expected)), Counter(map(key, got))
    parts = []
    for what, counts in (("missing", want - have), ("not expected", have - want)):
        if counts:
            total = sum(counts.values())
            example = render(shown[next(iter(counts))], 60)
            parts.append(f"{total} {'item' if total == 1 else 'items'} {what}, such as {example}")
    return "; ".join(parts) or "the same items, some of them a different number of times"
