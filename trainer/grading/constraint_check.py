"""`trainer validate`: the examples and a sample of generated inputs satisfy the problem's
constraints, which keeps the constraints (and the generators) honest."""

from __future__ import annotations

import contextlib
from typing import Any

from trainer.grading.inputs import InputError, check_input
from trainer.grading.reference import Reference
from trainer.problems.spec import Problem

SAMPLE = 60  # generated inputs (call sequences' steps, for a design problem) checked


def constraint_problems(problem: Problem, reference: Reference,
                        sample: int = SAMPLE) -> list[str]:
    """What does not fit: each example outside the constraints, and the first generated
    input outside them (empty when all is well, or the problem declares none)."""
    if not problem.constraints:
        return []
    found = []
    for number, example in enumerate(problem.examples, 1):
        item = example.input["calls"] if problem.is_design else example.input
        try:
            check_input(problem, item)
        except InputError as error:
            found.append(f"example {number} (line {example.line}): {error}")
    generated = _first_outside(problem, reference, sample)
    if generated:
        found.append(f"a generated input: {generated}")
    return found


def _first_outside(problem: Problem, reference: Reference, sample: int) -> str | None:
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import strategies as st

    outside: list[str] = []

    def check(item: Any) -> None:
        try:
            check_input(problem, item)
        except InputError as error:
            text = repr(item)
            outside.append(f"{error} ({text[:200]}{'...' if len(text) > 200 else ''})")
            raise

    if problem.is_design:
        operations = reference.get("operations")()
        init = reference.get("init")() if reference.provides("init") else st.just({})
        strategy: Any = st.tuples(init, st.lists(st.sampled_from(sorted(operations)).flatmap(
            lambda name: st.tuples(st.just(name), operations[name])), max_size=10)).map(
            lambda drawn: [["__init__", drawn[0]], *[list(step) for step in drawn[1]]])
    else:
        strategy = reference.get("inputs")()

    @settings(max_examples=sample, database=None, deadline=None, derandomize=True,
              phases=(Phase.generate,), suppress_health_check=list(HealthCheck))
    @given(strategy)
    def sample_inputs(item: Any) -> None:
        check(item)

    with contextlib.suppress(InputError):  # the first one outside is in `outside`
        sample_inputs()
    return outside[0] if outside else None
