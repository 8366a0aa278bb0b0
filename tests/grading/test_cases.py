"""One input through the judge, without a worker: the reference's answer here, a reply as
the worker sends it, and the failure a wrong reply becomes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PROBLEMS
from trainer.errors import SpecError
from trainer.grading.cases import (
    CaseRunner,
    build_args,
    error_text,
    first_difference,
    fresh_copy,
    reference_failed,
)
from trainer.grading.outcome import CaseFailure
from trainer.grading.reference import load_reference
from trainer.problems.signature import parse_signature
from trainer.problems.spec import load_problem
from trainer.problems.structures import ListNode


def runner_for(slug: str, inputs_dir: Path | None = None) -> CaseRunner:
    problem = load_problem(PROBLEMS / slug)
    return CaseRunner(problem, load_reference(problem), None, inputs_dir)  # type: ignore[arg-type]


def failure(runner: CaseRunner, reply: dict[str, Any], args: dict[str, Any],
            expected: Any) -> CaseFailure:
    with pytest.raises(CaseFailure) as raised:
        runner.judge_reply(reply, args, expected)
    assert runner.last_failure is raised.value  # kept for a solution that fails only sometimes
    return raised.value


def test_the_reference_answers_here_encoded() -> None:
    runner = runner_for("two-sum")
    assert runner.reference_answer({"nums": [3, 2, 4], "target": 6}) == [1, 2]


def test_the_reference_of_an_in_place_problem_answers_with_its_argument() -> None:
    runner = runner_for("rotate-matrix")
    args = {"matrix": [[1, 2], [3, 4]]}
    assert runner.reference_answer(args) == [[3, 1], [4, 2]]
    assert args == {"matrix": [[1, 2], [3, 4]]}  # the caller's input is never touched


def test_a_failing_reference_is_the_authors_error_naming_its_file() -> None:
    runner = runner_for("two-sum")
    with pytest.raises(SpecError) as error:
        runner.reference_answer({"nums": "not a list", "target": 1})
    assert str(runner.problem.reference_path) in str(error.value)
    assert "the reference failed (" in str(error.value)
    assert "on {'nums': 'not a list', 'target': 1}" in str(error.value)


def test_a_right_reply_passes_and_a_tuple_is_noted() -> None:
    runner = runner_for("two-sum")
    args = {"nums": [3, 2, 4], "target": 6}
    assert runner.judge_reply({"ok": True, "value": [1, 2]}, args, [1, 2]) is None
    tuple_reply = {"ok": True, "value": {"$": "tuple", "items": [1, 2]}}
    assert runner.judge_reply(tuple_reply, args, [1, 2]) is None
    assert runner.accepted_types == {"a tuple"}
    assert runner.last_failure is None


def test_a_wrong_reply_becomes_a_wrong_answer_with_both_answers() -> None:
    runner = runner_for("contains-duplicate")
    args = {"nums": [1, 1]}
    found = failure(runner, {"ok": True, "value": False, "output": "hi\n"}, args, True)
    assert (found.verdict, found.message) == ("wrong_answer", "expected True, got False")
    example = found.counterexample
    assert example is not None
    assert (example.input, example.expected, example.got, example.error, example.output) == \
        (args, "True", "False", None, "hi\n")


def test_a_checker_says_why_an_answer_is_wrong() -> None:
    runner = runner_for("two-sum")  # several pairs may be right: a checker judges
    found = failure(runner, {"ok": True, "value": [0, 2]}, {"nums": [3, 2, 4], "target": 6},
                    [1, 2])
    assert (found.verdict, found.message) == ("wrong_answer", "nums[0] + nums[2] = 7, not 6")
    assert found.counterexample is not None
    assert found.counterexample.error == "nums[0] + nums[2] = 7, not 6"


def test_a_reply_of_the_wrong_type_says_why() -> None:
    runner = runner_for("two-sum")
    found = failure(runner, {"ok": True, "value": "0 2"}, {"nums": [1], "target": 2}, [0, 2])
    assert found.message == "expected list[int], got str '0 2'"
    assert found.counterexample is not None
    assert found.counterexample.error == "expected list[int], got str '0 2'"


def test_a_changed_argument_the_statement_keeps_is_a_wrong_answer() -> None:
    runner = runner_for("two-sum")
    reply = {"ok": True, "value": [1, 2], "violation": "the solution changed nums"}
    assert failure(runner, reply, {"nums": [3, 2, 4], "target": 6}, [1, 2]).message == \
        "the solution changed nums"


@pytest.mark.parametrize(("reply", "verdict", "error"), [
    ({"ok": False, "kind": "exception", "error": "IndexError: list index out of range",
      "line": 4, "function": "two_sum", "source": "return nums[9]"}, "runtime_error",
     "line 4, in two_sum: IndexError: list index out of range\n    return nums[9]"),
    ({"ok": False, "kind": "memory", "error": "MemoryError"}, "memory_limit", "MemoryError"),
])
def test_a_raised_error_becomes_its_own_verdict(reply: dict[str, Any], verdict: str,
                                                 error: str) -> None:
    found = failure(runner_for("two-sum"), reply, {"nums": [1], "target": 2}, [0, 0])
    assert found.verdict == verdict
    assert found.counterexample is not None
    assert (found.counterexample.error, found.counterexample.expected) == (error, "[0, 0]")


def test_a_large_failing_input_is_written_whole_beside_its_summary(tmp_path: Path) -> None:
    runner = runner_for("two-sum", inputs_dir=tmp_path / "inputs")
    args = {"nums": list(range(3000)), "target": -1}
    found = failure(runner, {"ok": True, "value": [0, 1]}, args, [])
    example = found.counterexample
    assert example is not None and example.input_file is not None
    assert isinstance(example.input, str) and "characters in all" in example.input
    assert json.loads(Path(example.input_file).read_text()) == args
    assert Path(example.input_file).name == "two_sum.json"


@pytest.mark.parametrize(("reply", "text"), [
    ({"error": "ValueError: x", "line": 3, "function": "f"}, "line 3, in f: ValueError: x"),
    ({"error": "ValueError: x", "line": 1, "function": "<module>"}, "line 1: ValueError: x"),
    ({"error": "ValueError: x", "line": 2, "source": "x = 1"}, "line 2: ValueError: x\n    x = 1"),
    ({"error": "killed"}, "killed"),
])
def test_error_text(reply: dict[str, Any], text: str) -> None:
    assert error_text(reply) == text


LONG = list(range(40))


@pytest.mark.parametrize(("expected", "got", "difference"), [
    ([1, 2], [1, 3], None),  # short enough to read whole
    (LONG, [*range(20), 99, *range(21, 40)],
     "at index 20: expected 20, got 99 (lengths 40 and 40)"),
    (LONG, [*range(20), True, *range(21, 40)],
     "at index 20: expected 20, got True (lengths 40 and 40)"),
    (LONG, list(range(39)), "the first 39 items agree; lengths 40 and 39"),
    ("x" * 100, "y" * 100, None),  # not lists
])
def test_first_difference(expected: Any, got: Any, difference: str | None) -> None:
    assert first_difference(expected, got) == difference


def test_arguments_are_built_fresh_and_the_callers_data_is_never_touched() -> None:
    signature = parse_signature("def f(head: ListNode | None, k: int) -> int")
    args = {"head": [1, 2, 3], "k": 2}
    built = build_args(signature, args)
    assert isinstance(built["head"], ListNode) and built["head"].val == 1
    built["head"].val = 99
    assert args == {"head": [1, 2, 3], "k": 2}
    plain = parse_signature("def f(nums: list[int]) -> int")
    data = {"nums": [[1], [2]]}
    copied = build_args(plain, data)
    copied["nums"][0].append(5)
    assert data == {"nums": [[1], [2]]}


def test_a_fresh_copy_keeps_what_json_keeps() -> None:
    data = {"a": [1, 2.5, None, True, "s", float("inf")], "b": {"c": []}}
    copied = fresh_copy(data)
    assert copied == data and copied is not data and copied["b"] is not data["b"]


def test_a_reference_failure_on_a_large_input_shows_its_start() -> None:
    problem = load_problem(PROBLEMS / "two-sum")
    error = reference_failed(problem, KeyError("k"), {"nums": list(range(5000))})
    assert "the reference failed (KeyError: 'k') on {\"nums\": [0, 1, 2" in str(error)
    assert "characters in all)" in str(error)


def test_where_order_is_free_the_difference_is_what_is_missing_and_what_is_extra() -> None:
    from tests.grading.test_judges import problem_of

    problem = problem_of(returns="list[list[int]]", judge_kind="unordered",
                         unordered_levels=(0, 1))
    expected = [[i, i + 1] for i in range(30)]
    got = [[i + 1, i] for i in range(29)] + [[7, 7], [7, 7]]  # inner order is free too
    assert first_difference(expected, got, problem) == (
        "1 item missing, such as [29, 30]; 2 items not expected, such as [7, 7]")
    assert first_difference(expected, list(reversed(expected)), problem) == (
        "the same items, some of them a different number of times")
