"""Judges: is this encoded answer right for this input? None when it is, else why not.

Both sides are encoded values (trainer.grading.values), so scalar types stay strict: True is
not 1, 1.0 is not 1 where an int is declared, a str is not a list, None is not []. The
values are the answer: where a list is declared, a tuple or another sequence of the right
values is accepted (values.as_declared), and the pass notes that a list was asked for.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from trainer.grading.values import as_declared, conforms, decode, sort_key, strict_equal
from trainer.problems.signature import Type
from trainer.problems.spec import Problem

Checker = Callable[[dict[str, Any], Any], "str | None"]


def answer_type(problem: Problem) -> Type:
    """The declared type of what is judged: the return value, or the in-place argument."""
    assert problem.signature is not None
    if problem.in_place is not None:
        return next(p.type for p in problem.signature.params if p.name == problem.in_place)
    return problem.signature.returns


def judge(problem: Problem, args: dict[str, Any], expected: Any, got: Any,
          checker: Checker | None = None, declared: Type | None = None,
          custom: Callable[[Any], str | None] | None = None,
          notes: set[str] | None = None) -> str | None:
    """Why `got` is wrong for `args` (expected being the reference's answer), or None.

    `custom` judges one design-problem step whose right answers are several. `notes`
    collects the sequence types accepted where a list was declared ("a tuple").
    """
    declared = declared or answer_type(problem)
    free = problem.unordered_levels if problem.judge == "unordered" else ()
    got = as_declared(got, declared, free, notes)
    mistyped = conforms(got, declared)
    if mistyped:
        return mistyped
    if custom is not None:
        return custom(decode(got))
    if problem.judge == "checker":
        assert checker is not None
        verdict = checker(args, decode(got))
        return None if verdict is None else str(verdict)
    if problem.judge == "float":
        return None if _close(expected, got, problem.rel_tol, problem.abs_tol) else \
            f"not within the tolerance (rel {problem.rel_tol:g}, abs {problem.abs_tol:g})"
    expected, got = _nodes(problem, expected), _nodes(problem, got)
    if (problem.same_nodes and isinstance(got, dict) and isinstance(expected, dict)
            and got.get("$") == expected.get("$") == "ListNode"
            and strict_equal(expected["values"], got["values"])
            and not strict_equal(expected["nodes"], got["nodes"])):
        return _node_difference(expected["nodes"], got["nodes"])
    if problem.judge == "unordered":
        expected = canonical(expected, problem.unordered_levels)
        got = canonical(got, problem.unordered_levels)
    return None if strict_equal(expected, got) else "wrong answer"


def _node_difference(expected: list[int], got: list[int]) -> str:
    """Right values, other nodes: new nodes made, or (among equal values) other ones of
    the input's kept. Nodes are numbered by their place in the input, from 0 (-1: new)."""
    if -1 in got:
        return "the values are right, but the list must be made of the original nodes, relinked"
    at = next(i for i, (want, have) in enumerate(zip(expected, got, strict=True)) if want != have)
    return (f"the values are right, but at index {at} your list has the input's node at "
            f"index {got[at]}, where its node at index {expected[at]} (of the same value) "
            "belongs: equal values, but another node was kept")


def _nodes(problem: Problem, value: Any) -> Any:
    """Linked lists compare by values; by node identity too when the problem says so."""
    if isinstance(value, list):
        if set(map(type, value)).isdisjoint((list, dict)):
            return value  # nothing inside can be a node
        return [_nodes(problem, item) for item in value]
    if isinstance(value, dict) and value.get("$") == "ListNode" and not problem.same_nodes:
        return {"$": "ListNode", "values": value["values"]}
    return value


def canonical(value: Any, levels: tuple[int, ...], depth: int = 0) -> Any:
    """Sort the lists at the given nesting depths, so order there does not matter."""
    if not isinstance(value, list):
        return value
    items = [canonical(item, levels, depth + 1) for item in value]
    return sorted(items, key=sort_key) if depth in levels else items


def _close(expected: Any, got: Any, rel: float, absolute: float) -> bool:
    if isinstance(expected, list):
        return isinstance(got, list) and len(got) == len(expected) and all(
            _close(e, g, rel, absolute) for e, g in zip(expected, got, strict=True))
    if isinstance(expected, (int, float)) and type(got) in (int, float):
        if math.isnan(expected) or math.isnan(got):
            return math.isnan(expected) and math.isnan(got)
        if math.isinf(expected) or math.isinf(got):
            return expected == got
        diff = abs(got - expected)
        return diff <= absolute or diff <= rel * abs(expected)
    return strict_equal(expected, got)
