"""The judges, case by case: an encoded answer against the reference's, as the worker sends
it (JSON with NaN allowed), for every kind of judge."""

from __future__ import annotations

import json
import math
from collections import deque
from dataclasses import replace
from functools import cache
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import PROBLEMS
from trainer.grading.judges import answer_type, canonical, judge
from trainer.grading.values import encode
from trainer.problems.signature import parse_signature
from trainer.problems.spec import Problem, load_problem

NAN, INF = math.nan, math.inf


@cache
def base_problem() -> Problem:
    return load_problem(PROBLEMS / "two-sum")


def problem_of(returns: str = "int", judge_kind: str = "exact", **fields: Any) -> Problem:
    signature = fields.pop("signature", f"def f() -> {returns}")
    return replace(base_problem(), judge=judge_kind, signature=parse_signature(signature),
                   **fields)


def crossed(value: Any) -> Any:
    """A Python value as the worker's answer reaches the grader."""
    return json.loads(json.dumps(encode(value), allow_nan=True))


def verdict(problem: Problem, expected: Any, got: Any, **extra: Any) -> str | None:
    return judge(problem, {}, crossed(expected), crossed(got), **extra)


def accepted(problem: Problem, expected: Any, got: Any) -> bool:
    return verdict(problem, expected, got) is None


# -- exact --------------------------------------------------------------------------------
@pytest.mark.parametrize(("returns", "expected", "got", "right"), [
    ("int", 3, 3, True),
    ("int", 3, 4, False),
    ("int", 1, True, False),  # True is not 1
    ("int", 1, 1.0, False),  # 1.0 is not 1
    ("bool", True, 1, False),
    ("str", "1", 1, False),
    ("float", 0.0, -0.0, True),  # -0.0 is the number 0
    ("float", NAN, NAN, True),  # "no number" is the same answer on both sides
    ("float", 1.0, NAN, False),
    ("float", NAN, 1.0, False),
    ("float", INF, INF, True),
    ("float", INF, -INF, False),
    ("list[int]", [1, 2], [1, 2], True),
    ("list[int]", [1, 2], [2, 1], False),  # the order is judged
    ("list[int]", [1, 2], [1, 2, 2], False),
    ("list[int]", [1], [True], False),
    ("list[int]", [1], [1.0], False),
    ("list[float]", [1.5, NAN], [1.5, NAN], True),
    ("list[list[int]]", [[1], []], [[1], []], True),
    ("list[list[int]]", [[1], []], [[1], None], False),
    ("int | None", None, None, True),
    ("int | None", None, 0, False),
    ("dict[str, int]", {"a": 1}, {"a": 1}, True),
    ("dict[str, int]", {"a": 1}, {"a": True}, False),
])
def test_the_exact_judge(returns: str, expected: Any, got: Any, right: bool) -> None:
    assert accepted(problem_of(returns), expected, got) is right


# -- the type rule: the values are the answer ---------------------------------------------
@pytest.mark.parametrize(("returns", "expected", "got", "notes"), [
    ("list[int]", [0, 1], (0, 1), {"a tuple"}),
    ("list[list[int]]", [[1, 2], [3, 4]], [(1, 2), (3, 4)], {"a tuple"}),
    ("list[list[int]]", [[1, 2]], ((1, 2),), {"a tuple"}),
    ("list[int]", [3, 4], deque([3, 4]), {"a deque"}),
    ("list[int]", [0, 1, 2], range(3), {"a range"}),
    ("list[str]", ["a", "b"], {"a": 1, "b": 2}.keys(), {"a dict_keys"}),
    ("list[int] | None", [0, 1], (0, 1), {"a tuple"}),
    ("list[int]", [1, 2], [1, 2], set()),
])
def test_a_sequence_of_the_right_values_is_accepted_where_a_list_is_declared(
        returns: str, expected: Any, got: Any, notes: set[str]) -> None:
    seen: set[str] = set()
    assert verdict(problem_of(returns), expected, got, notes=seen) is None
    assert seen == notes


@pytest.mark.parametrize(("returns", "expected", "got", "why"), [
    ("int", 1, True, "expected int, got bool True"),
    ("int", 1, 1.0, "expected int, got float 1.0"),
    ("list[int]", ["a", "b"], "ab", "expected list[int], got str 'ab'"),
    ("list[str]", ["a", "b"], "ab", "expected list[str], got str 'ab'"),
    ("list[int]", [], None, "expected list[int], got None"),
    ("list[int]", [1], [True], "expected list[int], got a list whose item 0 is bool True"),
    ("list[int]", [0, 1], (1, 0), "wrong answer"),  # accepted as a list, then judged
    ("list[int]", [1, 2], {1, 2}, "expected list[int], got a set"),  # its order is judged
    ("tuple[int, int]", (1, 2), [1, 2], "expected tuple[int, int], got a list"),
    ("int", 1, None, "expected int, got None"),
])
def test_a_scalar_keeps_its_type_and_nothing_else_passes_for_a_list(
        returns: str, expected: Any, got: Any, why: str) -> None:
    assert verdict(problem_of(returns), expected, got) == why


def test_a_generator_is_not_a_sequence() -> None:
    why = verdict(problem_of("list[int]"), [1], (x for x in [1]))
    assert why is not None
    assert why.startswith("expected list[int], got an object of type generator")


# -- float, within a tolerance ------------------------------------------------------------
@pytest.mark.parametrize(("returns", "tolerance", "expected", "got", "right"), [
    ("float", (1e-9, 0.0), 1.0, 1.0 + 1e-10, True),
    ("float", (1e-9, 0.0), 1.0, 1.0 + 1e-8, False),
    ("float", (1e-9, 0.0), 1e12, 1e12 + 100, True),  # relative: big numbers, big room
    ("float", (1e-9, 0.0), 0.0, 1e-12, False),  # relative alone gives zero no room
    ("float", (0.0, 1e-6), 0.0, 5e-7, True),
    ("float", (0.0, 1e-6), 0.0, 2e-6, False),
    ("float", (0.0, 1e-6), 0.0, -0.0, True),
    ("float", (1e-9, 0.0), -0.0, 0.0, True),
    ("float", (1e-5, 1e-5), 2.5, 2, False),
    ("float", (1e-5, 1e-5), 2.0, 2, True),  # an int is a float, by the numeric tower
    ("float", (1e-5, 1e-5), 1.0, True, False),  # a bool is not
    ("float", (1e-5, 1e-5), NAN, NAN, True),
    ("float", (1e-5, 1e-5), NAN, 1.0, False),
    ("float", (1e-5, 1e-5), 1.0, NAN, False),
    ("float", (1e-5, 1e-5), INF, INF, True),
    ("float", (1e-5, 1e-5), -INF, -INF, True),
    ("float", (1e-5, 1e-5), INF, -INF, False),
    ("float", (0.5, 0.5), INF, 1e308, False),  # a tolerance of infinity takes anything
    ("float", (0.5, 0.5), 1e308, INF, False),
    ("list[float]", (1e-5, 1e-5), [1.0, 2.0], [1.0, 2.000001], True),
    ("list[float]", (1e-5, 1e-5), [1.0, 2.0], [1.0, 2.1], False),
    ("list[float]", (1e-5, 1e-5), [1.0, 2.0], [1.0], False),
    ("list[list[float]]", (1e-5, 1e-5), [[0.5], [NAN]], [[0.5], [NAN]], True),
])
def test_the_float_judge(returns: str, tolerance: tuple[float, float], expected: Any,
                         got: Any, right: bool) -> None:
    rel, absolute = tolerance
    problem = problem_of(returns, "float", rel_tol=rel, abs_tol=absolute)
    assert accepted(problem, expected, got) is right


def test_a_float_outside_the_tolerance_says_which_tolerance() -> None:
    problem = problem_of("float", "float", rel_tol=1e-6, abs_tol=1e-9)
    assert verdict(problem, 1.0, 1.5) == "not within the tolerance (rel 1e-06, abs 1e-09)"


@given(st.floats(-1e6, 1e6), st.floats(0, 1e-3))
def test_the_float_judge_takes_everything_within_the_absolute_tolerance(
        expected: float, offset: float) -> None:
    problem = problem_of("float", "float", rel_tol=0.0, abs_tol=2e-3)
    assert accepted(problem, expected, expected + offset)
    assert accepted(problem, expected, expected - offset)


# -- unordered, at the declared nesting levels --------------------------------------------
INTS, PAIRS, TRIPLES = "list[int]", "list[list[int]]", "list[list[list[int]]]"


@pytest.mark.parametrize(("returns", "levels", "expected", "got", "right"), [
    (INTS, (0,), [1, 2, 3], [3, 1, 2], True),
    (INTS, (0,), [1, 1, 2], [1, 2, 2], False),  # a multiset: how often counts
    (INTS, (0,), [1, 2], [1, 2, 2], False),
    (INTS, (0,), [0, 1], [True, 0], False),  # sorting does not mix up True and 1
    (INTS, (0,), [], [], True),
    ("list[str]", (0,), ["b", "a"], ["a", "b"], True),
    (PAIRS, (0,), [[1, 2], [3, 4]], [[3, 4], [1, 2]], True),
    (PAIRS, (0,), [[1, 2], [3, 4]], [[2, 1], [3, 4]], False),  # inner order still judged
    (PAIRS, (1,), [[1, 2], [3, 4]], [[2, 1], [4, 3]], True),
    (PAIRS, (1,), [[1, 2], [3, 4]], [[3, 4], [1, 2]], False),  # outer order still judged
    (PAIRS, (0, 1), [[1, 2], [3, 4]], [[4, 3], [2, 1]], True),
    (PAIRS, (0, 1), [[1, 2], [3, 4]], [[4, 3], [2, 2]], False),
    (TRIPLES, (0, 1, 2), [[[1, 2], [3]], [[4]]], [[[4]], [[3], [2, 1]]], True),
    (TRIPLES, (0, 1), [[[1, 2], [3]], [[4]]], [[[4]], [[3], [2, 1]]], False),  # level 2
])
def test_the_unordered_judge(returns: str, levels: tuple[int, ...], expected: Any, got: Any,
                             right: bool) -> None:
    problem = problem_of(returns, "unordered", unordered_levels=levels)
    assert accepted(problem, expected, got) is right


def test_a_set_is_accepted_only_where_the_order_is_free() -> None:
    free = problem_of("list[list[int]]", "unordered", unordered_levels=(0, 1))
    seen: set[str] = set()
    groups = {"a": ["ab", "ba"], "c": ["c"]}
    words = problem_of("list[list[str]]", "unordered", unordered_levels=(0, 1))
    assert verdict(words, [["c"], ["ab", "ba"]], groups.values(), notes=seen) is None
    assert seen == {"a dict_values"}
    seen.clear()
    answer = {(-1, 0, 1), (-1, -1, 2)}
    assert verdict(free, [[-1, -1, 2], [-1, 0, 1]], answer, notes=seen) is None
    assert seen == {"a set", "a tuple"}
    ordered = problem_of("list[list[int]]", "unordered", unordered_levels=(1,))
    assert verdict(ordered, [[-1, -1, 2], [-1, 0, 1]], answer) is not None


nested = st.recursive(st.integers(-3, 3), lambda inner: st.lists(inner, max_size=4),
                      max_leaves=10)


@given(nested, st.randoms(use_true_random=False))
def test_canonical_forgets_the_order_at_every_free_level(value: Any, rnd: Any) -> None:
    def shuffled(item: Any) -> Any:
        if not isinstance(item, list):
            return item
        items = [shuffled(x) for x in item]
        rnd.shuffle(items)
        return items

    levels = tuple(range(8))
    assert canonical(shuffled(value), levels) == canonical(value, levels)
    assert canonical(value, ()) == value


# -- linked lists: by value, or made of the input's own nodes -----------------------------
LIST_SIGNATURE = "def f(head: ListNode | None) -> ListNode | None"


def linked(values: list[int], nodes: list[int]) -> dict[str, Any]:
    """A linked list as the worker encodes it: `nodes` are the input's node numbers
    (-1: a node the solution made)."""
    return {"$": "ListNode", "values": values, "nodes": nodes}


@pytest.mark.parametrize(("same_nodes", "got", "why"), [
    (True, linked([3, 2, 1], [2, 1, 0]), None),
    (True, linked([3, 2, 1], [-1, -1, -1]),
     "the values are right, but the list must be made of the original nodes, relinked"),
    (True, linked([3, 2, 1], [2, 1, -1]),
     "the values are right, but the list must be made of the original nodes, relinked"),
    (True, linked([1, 2, 3], [0, 1, 2]), "wrong answer"),
    (True, linked([3, 2, 1], [2, 1, 3]),  # a node of the same value, kept instead
     "the values are right, but at index 2 your list has the input's node at index 3, where "
     "its node at index 0 (of the same value) belongs: equal values, but another node was "
     "kept"),
    (False, linked([3, 2, 1], [-1, -1, -1]), None),
    (False, linked([3, 2, 1], [0, 1, 2]), None),  # which nodes is not asked
    (False, linked([3, 2], [2, 1]), "wrong answer"),
    (False, None, "wrong answer"),
])
def test_same_nodes(same_nodes: bool, got: Any, why: str | None) -> None:
    problem = problem_of(signature=LIST_SIGNATURE, same_nodes=same_nodes)
    expected = linked([3, 2, 1], [2, 1, 0])
    assert judge(problem, {}, expected, got) == why


def test_lists_of_linked_lists_compare_by_value_unless_the_nodes_are_asked_for() -> None:
    signature = "def f(heads: list[ListNode | None]) -> list[ListNode | None]"
    expected = [linked([1], [0]), None, linked([2, 3], [1, 2])]
    fresh = [linked([1], [-1]), None, linked([2, 3], [-1, -1])]
    assert judge(problem_of(signature=signature), {}, expected, fresh) is None
    strict = problem_of(signature=signature, same_nodes=True)
    assert judge(strict, {}, expected, fresh) == "wrong answer"
    assert judge(strict, {}, expected, expected) is None


# -- what is judged, and by whom ----------------------------------------------------------
def test_an_in_place_problem_judges_the_argument_it_changes() -> None:
    problem = problem_of(signature="def f(nums: list[int], k: int) -> None", in_place="nums")
    assert str(answer_type(problem)) == "list[int]"
    assert judge(problem, {}, [1, 2], [1, 2]) is None
    assert judge(problem, {}, [1, 2], None) == "expected list[int], got None"


def test_a_checker_sees_the_decoded_answer_after_the_type_check() -> None:
    seen: list[Any] = []

    def checker(args: dict[str, Any], answer: Any) -> str | None:
        seen.append(answer)
        return None if sorted(answer) == args["want"] else "not the right pair"

    problem = problem_of("list[int]", "checker")
    args = {"want": [0, 1]}
    assert judge(problem, args, None, crossed((1, 0)), checker) is None
    assert judge(problem, args, None, crossed([2, 0]), checker) == "not the right pair"
    assert judge(problem, args, None, crossed("10"), checker) == \
        "expected list[int], got str '10'"
    assert seen == [[1, 0], [2, 0]]  # a tuple reaches it as a list; a str never does


def test_a_design_step_with_several_right_answers_is_judged_by_its_own_function() -> None:
    problem = problem_of("int")
    even = lambda got: None if got % 2 == 0 else "odd"  # noqa: E731
    assert judge(problem, {}, 0, 4, declared=problem.signature.returns, custom=even) is None
    assert judge(problem, {}, 0, 3, custom=even) == "odd"
    assert judge(problem, {}, 0, True, custom=even) == "expected int, got bool True"
