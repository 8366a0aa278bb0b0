"""Design problems: random operation sequences, the reference class as the model.

A RuleBasedStateMachine with one rule per method of the reference's operations(). Each
step calls the method on the model (here) and on the solution's instance (in the worker)
and compares return values, except for methods declared `-> None`. A failure reports the
whole (shrunk) sequence of calls.
"""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    precondition,
    rule,
)

from trainer.grading.cases import CaseRunner, build_args
from trainer.values import encode


def show_calls(problem_entry: str, calls: list[list[Any]]) -> str:
    """[["__init__", {"capacity": 2}], ["get", {"key": 1}]] -> 'LRUCache(2); get(1)'."""
    parts = []
    for name, args in calls:
        shown = ", ".join(repr(value) for value in args.values())
        parts.append(f"{problem_entry if name == '__init__' else name}({shown})")
    return "; ".join(parts)


class DesignRunner:
    """Runs one call sequence on both sides, step by step."""

    def __init__(self, runner: CaseRunner) -> None:
        self.runner = runner
        self.problem = runner.problem
        self.model: Any = None
        self.calls: list[list[Any]] = []
        self.memo: dict[Any, Any] = {}  # for the reference's check_<method> functions

    def construct(self, args: dict[str, Any]) -> None:
        self.runner.cases += 1
        self.calls = [["__init__", args]]
        self.memo = {}
        signature = self.problem.methods["__init__"]
        self.model = self.runner.reference.entry(**build_args(signature, args))
        reply = self.runner.request({"op": "new", "args": args}, self.problem.call_seconds,
                                    self.shown())
        if not reply["ok"]:
            self.runner.judge_reply(reply, args, None, shown_input=self.shown())

    def step(self, name: str, args: dict[str, Any]) -> None:
        self.calls.append([name, args])
        signature = self.problem.methods[name]
        expected = getattr(self.model, name)(**build_args(signature, args))
        reply = self.runner.request({"op": "method", "name": name, "args": args},
                                    self.problem.call_seconds, self.shown())
        self.judge_step(name, args, expected, reply)

    def judge_step(self, name: str, args: dict[str, Any], expected: Any,
                   reply: dict[str, Any], label: str = "") -> None:
        """One method's answer: compared with the model's, or by the reference's
        check_<method> when a step has several right answers."""
        signature = self.problem.methods[name]
        if signature.returns.name == "None" and reply["ok"]:
            return  # the return value of a `-> None` method is not compared
        custom = None
        reference = self.runner.reference
        if reference.provides(f"check_{name}"):
            check = reference.get(f"check_{name}")
            model, memo, frozen = self.model, self.memo, copy.deepcopy(args)

            def custom(got: Any) -> str | None:
                return check(model, frozen, got, memo)

        self.runner.judge_reply(reply, args, encode(expected), declared=signature.returns,
                                shown_input=self.shown, label=label or f"{name}: ",
                                custom=custom)

    def shown(self) -> str:
        return show_calls(self.problem.entry, self.calls)


def state_machine(runner: CaseRunner) -> type[RuleBasedStateMachine]:
    """A fresh machine class whose rules are the reference's operations."""
    reference = runner.reference
    operations: dict[str, Any] = reference.get("operations")()
    init = reference.get("init")() if reference.provides("init") else st.just({})
    allowed = reference.get("precondition") if reference.provides("precondition") else None

    class Machine(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.design = DesignRunner(runner)

        @initialize(args=init)
        def construct(self, args: dict[str, Any]) -> None:
            self.design.construct(args)

    for name, arguments in operations.items():
        def step(self: Machine, args: dict[str, Any], _name: str = name) -> None:
            self.design.step(_name, args)

        step.__name__ = f"call_{name}"
        method = rule(args=arguments)(step)
        if allowed is not None:
            def may_call(self: Machine, _name: str = name) -> bool:
                return bool(allowed(self.design.model, _name))

            method = precondition(may_call)(method)
        setattr(Machine, step.__name__, method)
    return Machine
