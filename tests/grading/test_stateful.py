"""Design problems: each sequence of calls runs in one request, and every failure still
names the call that went wrong, with the calls before it."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from trainer.grading.engine import grade
from trainer.grading.outcome import Outcome
from trainer.grading.reference import load_reference
from trainer.problems.spec import load_problem
from trainer.workspace import Workspace

MIN_STACK = """
class MinStack:
    def __init__(self):
        self.items = []

    def push(self, val: int) -> None:
        self.items.append(val)
{extra}
    def pop(self) -> None:
        self.items.pop()

    def top(self) -> int:
        return self.items[-1]

    def get_min(self) -> int:
        return min(self.items)
"""


@pytest.fixture
def grade_min_stack(with_problems: Callable[..., Workspace],
                    tmp_path: Path) -> Callable[[str], Outcome]:
    workspace = with_problems("min-stack")
    reference = load_reference(load_problem(workspace.problems / "min-stack"))

    def run(extra: str) -> Outcome:
        path = tmp_path / "min_stack.py"
        path.write_text(MIN_STACK.format(extra=textwrap.indent(textwrap.dedent(extra), " " * 8)))
        return grade(reference, path, seed_value=5, complexity=False)

    return run


def shown_calls(outcome: Outcome) -> list[str]:
    assert outcome.counterexample is not None, outcome.message
    return str(outcome.counterexample.input).split("; ")


def test_a_correct_design_solution_passes(grade_min_stack: Callable[[str], Outcome]) -> None:
    outcome = grade_min_stack("")
    assert outcome.verdict == "passed", outcome.message
    assert outcome.cases >= 100


def test_a_wrong_answer_shows_the_calls_up_to_the_wrong_one(
        grade_min_stack: Callable[[str], Outcome]) -> None:
    outcome = grade_min_stack("self.items.sort(reverse=True)  # keeps the minimum on top\n")
    assert outcome.verdict == "wrong_answer"
    name = outcome.message.split(":")[0]
    assert name in ("top", "get_min") and ": expected " in outcome.message
    assert shown_calls(outcome)[-1] == f"{name}()"


def test_an_exception_names_its_call_and_its_line(
        grade_min_stack: Callable[[str], Outcome]) -> None:
    outcome = grade_min_stack("if len(self.items) == 6:\n    raise ValueError('six')\n")
    assert (outcome.verdict, outcome.phase) == ("runtime_error", "generated")
    assert outcome.counterexample is not None
    assert "line 9, in push: ValueError: six" in str(outcome.counterexample.error)
    calls = shown_calls(outcome)
    assert calls == ["MinStack()"] + ["push(0)"] * 6  # shrunk: the shortest way there


def test_a_hang_in_the_middle_names_the_call_that_hung(
        grade_min_stack: Callable[[str], Outcome]) -> None:
    outcome = grade_min_stack("while len(self.items) > 2:\n    pass\n")
    assert outcome.verdict == "time_limit"
    calls = shown_calls(outcome)
    assert calls[-1].startswith("push(") and sum(c.startswith("push(") for c in calls) == 3


def test_an_exit_in_the_middle_names_the_call_that_exited(
        grade_min_stack: Callable[[str], Outcome]) -> None:
    outcome = grade_min_stack("if len(self.items) == 2:\n    import os\n    os._exit(0)\n")
    assert outcome.verdict == "runtime_error"
    assert "exit" in outcome.message
    calls = shown_calls(outcome)
    assert calls[-1].startswith("push(") and sum(c.startswith("push(") for c in calls) == 2


def test_a_forged_reply_on_the_graders_channel_does_not_pass(
        grade_min_stack: Callable[[str], Outcome]) -> None:
    """The solution writes a reply of its own to every descriptor it can find."""
    outcome = grade_min_stack("""
        import json, os
        for fd in range(3, 20):
            try:
                os.write(fd, json.dumps({"ok": True, "values": [], "value": None}).encode()
                         + b"\\n")
            except OSError:
                pass
    """)
    assert outcome.verdict in ("runtime_error", "wrong_answer"), outcome.message


def test_calls_the_reference_cannot_take_are_named_and_never_kept(
        with_problems: Callable[..., Workspace]) -> None:
    from trainer.grading.stateful import unfit_calls

    workspace = with_problems("min-stack")
    reference = load_reference(load_problem(workspace.problems / "min-stack"))
    push = ["push", {"val": 1}]
    assert unfit_calls(reference, [["__init__", {}], push, ["pop", {}]]) is None
    why = unfit_calls(reference, [["__init__", {}], ["pop", {}]])
    assert why is not None and "call 2, pop: not allowed" in why


@pytest.fixture
def grade_codec(with_problems: Callable[..., Workspace],
                tmp_path: Path) -> Callable[[str], Outcome]:
    workspace = with_problems("encode-decode-strings")
    reference = load_reference(load_problem(workspace.problems / "encode-decode-strings"))

    def run(source: str) -> Outcome:
        path = tmp_path / "encode_decode_strings.py"
        path.write_text(textwrap.dedent(source))
        return grade(reference, path, seed_value=3, complexity=False)

    return run


def test_a_round_trip_is_judged_by_what_decode_makes_of_any_encoding(
        grade_codec: Callable[[str], Outcome]) -> None:
    outcome = grade_codec("""
        class StringCodec:
            def encode(self, strs):
                return "|".join(s.encode("utf-8", "surrogatepass").hex() for s in strs) \\
                    + ("|" if strs else "")

            def decode(self, data):
                return [bytes.fromhex(part).decode("utf-8", "surrogatepass")
                        for part in data.split("|")[:-1]]
    """)
    assert outcome.verdict == "passed", outcome.message


def test_a_codec_that_keeps_the_list_fails_on_a_fresh_instance(
        grade_codec: Callable[[str], Outcome]) -> None:
    outcome = grade_codec("""
        class StringCodec:
            def encode(self, strs):
                self.kept = list(strs)
                return str(len(strs))

            def decode(self, data):
                return self.kept
    """)
    assert outcome.verdict == "runtime_error", outcome.message
    calls = shown_calls(outcome)
    # the smallest failure: encode on one codec, then decode on another one
    assert calls[0] == "StringCodec()" and calls[1].startswith("encode(")
    assert calls[-2:] == ["StringCodec()", "decode(<what encode returned>)"]
    assert "AttributeError" in outcome.message
