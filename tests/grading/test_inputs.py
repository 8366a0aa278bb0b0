from __future__ import annotations

import pytest

from tests.conftest import PROBLEMS
from trainer.grading.inputs import InputError, mistyped, parse_input
from trainer.problems.signature import parse_signature
from trainer.problems.spec import load_problem


def test_keyword_arguments_are_python_literals() -> None:
    problem = load_problem(PROBLEMS / "two-sum")
    assert parse_input(problem, "nums=[2, 7, 11, 15], target=9") == {
        "nums": [2, 7, 11, 15], "target": 9}
    assert parse_input(problem, "target=9, nums=(2, 7)") == {"nums": [2, 7], "target": 9}


@pytest.mark.parametrize(("text", "message"), [
    ("nums=[2, 7]", "missing target"),
    ("nums=[2, 7], target=9, k=1", "unknown k"),
    ("[2, 7], 9", "name every argument"),
    ("nums=[2, 7], target='9'", "target must be int"),
    ("nums=[2, 7], target=len([])", "not a Python literal"),
    ("nums=[2, 7], target=10", "outside the problem's constraints"),  # no pair adds up
    ("nums=[2, 7, 10**10], target=9", "not a Python literal"),
    ("nums=[2, 7, 10000000000], target=9", "all\\(-10\\*\\*9 <= x"),
    ("nums=[2, 7", "cannot read the input"),
])
def test_inputs_that_cannot_be_run_say_why(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_input(load_problem(PROBLEMS / "two-sum"), text)


def test_a_design_problem_takes_a_list_of_calls() -> None:
    problem = load_problem(PROBLEMS / "lru-cache")
    calls = parse_input(problem, '[["LRUCache", 2], ["put", 1, 1], ["get", 1]]')
    assert calls == [["__init__", {"capacity": 2}], ["put", {"key": 1, "value": 1}],
                     ["get", {"key": 1}]]
    with pytest.raises(InputError, match="call 2: 'pop' is not a method"):
        parse_input(problem, '[["LRUCache", 2], ["pop"]]')
    with pytest.raises(InputError, match=r"call 1, LRUCache: .*1 <= capacity <= 3000"):
        parse_input(problem, '[["LRUCache", 0], ["get", 1]]')


def test_constructor_arguments_stay_in_scope_for_later_calls() -> None:
    problem = load_problem(PROBLEMS / "union-find")
    assert parse_input(problem, '[["UnionFind", 3], ["find", 2]]')[1] == ["find", {"x": 2}]
    with pytest.raises(InputError, match=r"call 2, find: .*0 <= x < n"):
        parse_input(problem, '[["UnionFind", 3], ["find", 3]]')


def test_plain_data_stands_for_nodes() -> None:
    tree = parse_signature("def f(root: TreeNode | None) -> int").params[0].type
    assert mistyped([1, None, 2], tree) is None
    assert mistyped(None, tree) is None
    assert mistyped(["a"], tree) is not None
    linked = parse_signature("def f(head: ListNode | None) -> bool").params[0].type
    assert mistyped({"values": [1, 2], "cycle_to": 0}, linked) is None
    assert mistyped([1.5], linked) is not None
