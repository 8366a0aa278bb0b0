"""Design problems: random operation sequences, the reference class as the model.

A RuleBasedStateMachine with one rule per method of the reference's operations(). The
steps are recorded against the model (here); at the end of each sequence the solution's
instance (in the worker) runs them all, and its return values are compared call by call,
except for methods declared `-> None`. A failure reports the (shrunk) sequence of calls up
to the one that went wrong.
"""

from __future__ import annotations

import copy
import inspect
from collections.abc import Callable
from typing import Any, NoReturn

from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    precondition,
    rule,
)

from trainer.errors import SpecError
from trainer.grading.cases import CaseRunner, build_args, fresh_copy, materialized
from trainer.grading.outcome import GradingStopped
from trainer.grading.reference import Reference
from trainer.grading.sandbox import WorkerFailure
from trainer.grading.values import SCALAR_TYPES, encode
from trainer.problems.calls import links, show_calls, with_answers
from trainer.problems.signature import Signature

Builder = Callable[[Signature, dict[str, Any]], dict[str, Any]]  # build_args or materialized


class DesignRunner:
    """One call sequence: recorded against the model, then run on the solution's side in
    one request and judged step by step against a fresh model.

    One request per sequence instead of one per call makes the generated phase of a
    design problem several times quicker. When the worker dies or hangs during a sequence,
    the sequence is run again call by call in a fresh worker, so that the report names the
    call that did it.
    """

    def __init__(self, runner: CaseRunner) -> None:
        self.runner = runner
        self.problem = runner.problem
        self.model: Any = None  # follows the recorded calls, for the preconditions
        self.calls: list[list[Any]] = []
        self.shown_calls = 0  # how many of the calls a failure shows (0: all)
        self.memo: dict[Any, Any] = {}  # for the reference's check_<method> functions
        self.checked = {name for name in self.problem.methods
                        if runner.reference.provides(f"check_{name}")}
        self.answers: dict[str, Any] = {}  # the model's latest answer of each method

    # -- recording ----------------------------------------------------------------------
    def construct(self, args: dict[str, Any]) -> None:
        self.runner.cases += 1
        self.calls, self.shown_calls = [["__init__", args]], 0
        self.answers = {}
        self.model = self.new_model(args)

    def step(self, name: str, args: dict[str, Any]) -> None:
        self.calls.append([name, args])
        self.model_call(name, args, build_args)

    def model_call(self, name: str, args: dict[str, Any], build: Builder) -> Any:
        """One call on the model: `__init__` makes another instance (a round trip's second
        end); an argument that links to an earlier answer gets the model's own."""
        if name == "__init__":
            self.model = self.new_model(args, build)
            return None
        if links(args):
            try:
                args = fresh_copy(with_answers(args, self.answers))
            except KeyError as missing:
                raise SpecError(self.problem.reference_path,
                                f"a call to {name} takes what {missing} returned, but no "
                                "earlier call returned it") from None
        value = getattr(self.model, name)(**build(self.problem.methods[name], args))
        self.answers[name] = encode(value)
        return value

    def run(self, calls: list[list[Any]]) -> None:
        """Record a whole sequence (an example's) and judge it."""
        self.construct(calls[0][1])
        for name, args in calls[1:]:
            self.step(name, args)
        self.finish()

    def finish(self) -> None:
        """Run the recorded sequence on the solution and judge every answer."""
        if not self.calls:
            return
        calls = self.calls
        try:
            reply = self.runner.sandbox.request({"op": "sequence", "calls": calls},
                                                self.problem.call_seconds)
        except WorkerFailure:
            self.call_by_call(calls)
        self.judge_sequence(calls, reply)

    # -- judging ------------------------------------------------------------------------
    def judge_sequence(self, calls: list[list[Any]], reply: dict[str, Any],
                       numbered: bool = False) -> None:
        """Every answer of one run of `calls`, against a fresh model. A failed reply has
        the answers up to the call that raised (`step`)."""
        answers = reply.get("values", [])
        failed_at = len(calls) if reply["ok"] else reply.get("step", len(answers))
        if not isinstance(answers, list) or not isinstance(failed_at, int) or len(
                answers) < min(failed_at, len(calls)):
            raise GradingStopped("runtime_error", None, "the worker's answer was not "
                                 "understood (did the solution write to the grader's channel?)")
        self.memo = {}
        self.calls, self.shown_calls = calls, 1
        if failed_at == 0:
            self.runner.judge_reply(reply, calls[0][1], None, shown_input=self.shown,
                                    raw_input=self.raw)
        fresh = fresh_copy(calls)
        self.model, self.answers = self.new_model(fresh[0][1], materialized), {}
        for index, (name, args) in enumerate(fresh[1:], 1):
            self.shown_calls = index + 1
            if name == "__init__" and index == failed_at:  # another instance failed
                self.runner.judge_reply(reply, calls[index][1], None, shown_input=self.shown,
                                        raw_input=self.raw)
            expected = self.model_call(name, args, materialized)
            if name == "__init__":
                continue
            args = calls[index][1]
            label = self.label(index, name, numbered)
            if index == failed_at:
                self.judge_step(name, args, expected, reply, label=label)
                return
            step = {"ok": True, "value": answers[index], "output": reply.get("output", "")}
            self.judge_step(name, args, expected, step, label=label)

    def judge_step(self, name: str, args: dict[str, Any], expected: Any,
                   reply: dict[str, Any], label: str = "") -> None:
        """One method's answer: compared with the model's, or by the reference's
        check_<method> when a step has several right answers."""
        signature = self.problem.methods[name]
        if signature.returns.name == "None" and reply["ok"]:
            return  # the return value of a `-> None` method is not compared
        custom = None
        reference = self.runner.reference
        expected = encode(expected)
        if name not in self.checked and reply["ok"] and _same_scalar(expected, reply["value"]):
            return  # the common case, decided at once (a timed sequence has thousands)
        if name in self.checked:
            check = reference.get(f"check_{name}")
            model, memo, frozen = self.model, self.memo, copy.deepcopy(args)

            def custom(got: Any) -> str | None:
                return check(model, frozen, got, memo)

        self.runner.judge_reply(reply, args, expected, declared=signature.returns,
                                shown_input=self.shown, label=label or f"{name}: ",
                                custom=custom, raw_input=self.raw)

    def call_by_call(self, calls: list[list[Any]]) -> NoReturn:
        """The worker died or hung somewhere in `calls`: in a fresh worker, one request per
        call, so that the failure names its call. Always raises."""
        self.runner.restart_worker(show_calls(self.problem.entry, calls))
        self.calls, self.shown_calls = calls, 1
        self.memo = {}
        self.model, self.answers = self.new_model(calls[0][1]), {}
        reply = self.runner.request({"op": "new", "args": calls[0][1]},
                                    self.problem.call_seconds, self.shown)
        if not reply["ok"]:
            self.runner.judge_reply(reply, calls[0][1], None, shown_input=self.shown)
        for index, (name, args) in enumerate(calls[1:], 1):
            self.shown_calls = index + 1
            expected = self.model_call(name, args, build_args)
            request = {"op": "new", "args": args, "another": True} if name == "__init__" \
                else {"op": "method", "name": name, "args": args}
            reply = self.runner.request(request, self.problem.call_seconds, self.shown)
            if name == "__init__":
                if not reply["ok"]:
                    self.runner.judge_reply(reply, args, None, shown_input=self.shown)
                continue
            self.judge_step(name, args, expected, reply)
        # Every call went through this time: a failure that does not come back.
        raise GradingStopped("runtime_error", self.runner.counterexample(self.shown()),
                             "the worker failed during this sequence of calls, and not when "
                             "it was run again call by call")

    # -- helpers ------------------------------------------------------------------------
    def new_model(self, args: dict[str, Any], build: Builder = build_args) -> Any:
        """A reference instance; `build`: materialized for data already copied."""
        return self.runner.reference.entry(**build(self.problem.methods["__init__"], args))

    @staticmethod
    def label(index: int, name: str, numbered: bool) -> str:
        """In a long sequence the failing call is numbered; in a short one it is the last
        one shown."""
        return f"call {index + 1}, {name}: " if numbered else ""

    def shown(self) -> str:
        return show_calls(self.problem.entry, self.calls[:self.shown_calls or None])

    def raw(self) -> list[list[Any]]:
        """The calls a failure shows, as data that runs again."""
        return fresh_copy(self.calls[:self.shown_calls or None])


def call_rule(reference: Reference) -> Callable[[Any, str, set[str]], bool] | None:
    """The reference's precondition(model, name), or precondition(model, name, answered)
    for one that needs to know which methods have answered in this sequence (a round
    trip's decode comes after an encode), as one function of all three; None: no rule."""
    if not reference.provides("precondition"):
        return None
    allowed = reference.get("precondition")
    if len(inspect.signature(allowed).parameters) >= 3:
        return lambda model, name, answered: bool(allowed(model, name, answered))
    return lambda model, name, answered: bool(allowed(model, name))


def unfit_calls(reference: Reference, calls: list[list[Any]]) -> str | None:
    """Why the reference cannot take a sequence of calls (a call its precondition forbids,
    such as pop on an empty stack, or one it raises on); None when it can. A sequence the
    learner wrote is checked so before it is kept or run."""
    problem = reference.problem
    allowed = call_rule(reference)
    try:
        model = reference.entry(**build_args(problem.methods["__init__"], calls[0][1]))
        answers: dict[str, Any] = {}
        for index, (name, args) in enumerate(calls[1:], 2):
            if allowed is not None and not allowed(model, name, set(answers)):
                return f"call {index}, {name}: not allowed here by the problem's statement"
            missing = [link for link in links(args).values() if link not in answers]
            if missing:
                return f"call {index}, {name}: takes what {missing[0]} returned, before any " \
                       f"call to {missing[0]}"
            built = build_args(problem.methods[name], with_answers(args, answers))
            if name == "__init__":
                model = reference.entry(**built)
            else:
                answers[name] = encode(getattr(model, name)(**built))
    except Exception as error:
        return f"the reference cannot run these calls ({type(error).__name__}: {error})"
    return None


def _same_scalar(expected: Any, got: Any) -> bool:
    """The same int, string, bool or None: right, without the full judge."""
    return type(expected) is type(got) and type(got) in SCALAR_TYPES and expected == got


def state_machine(runner: CaseRunner) -> type[RuleBasedStateMachine]:
    """A fresh machine class whose rules are the reference's operations."""
    reference = runner.reference
    operations: dict[str, Any] = reference.get("operations")()
    init = reference.get("init")() if reference.provides("init") else st.just({})
    allowed = call_rule(reference)

    class Machine(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.design = DesignRunner(runner)

        @initialize(args=init)
        def construct(self, args: dict[str, Any]) -> None:
            self.design.construct(args)

        def teardown(self) -> None:
            self.design.finish()

    for name, arguments in operations.items():
        def step(self: Machine, args: dict[str, Any], _name: str = name) -> None:
            self.design.step(_name, args)

        step.__name__ = f"call_{name}"
        method = rule(args=arguments)(step)
        if allowed is not None:
            def may_call(self: Machine, _name: str = name) -> bool:
                return allowed(self.design.model, _name, set(self.design.answers))

            method = precondition(may_call)(method)
        setattr(Machine, step.__name__, method)
    return Machine
