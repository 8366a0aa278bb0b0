"""The kind of a failure, read from its verdict and its shrunk counterexample."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import Any

import pytest

from trainer.coach.failures import failure_kind, failure_mix, mostly
from trainer.problems.entry import Entry
from trainer.store.attempts import Attempt


@pytest.mark.parametrize(("verdict", "shown", "kind"), [
    ("passed", None, None),
    ("compile_error", None, None),
    ("too_slow", None, "slow"),
    ("time_limit", {"nums": [1, 2]}, "slow"),
    ("runtime_error", {"nums": [1]}, "crash"),
    ("memory_limit", None, "crash"),
    ("wrong_answer", {"nums": []}, "edge"),
    ("wrong_answer", {"nums": [5], "target": 3}, "edge"),
    ("wrong_answer", {"s": "aaaa"}, "edge"),
    ("wrong_answer", {"nums": [7, 7, 7]}, "edge"),
    ("wrong_answer", {"nums": [3, -1000000000]}, "edge"),
    ("wrong_answer", {"n": 0}, "edge"),
    ("wrong_answer", {"x": 2.0, "n": -1}, "edge"),
    ("wrong_answer", [["MinStack"], ["push", 1], ["pop"]], "edge"),
    ("wrong_answer", {"nums": [3, 1, 2], "target": 4}, "wrong"),
    ("wrong_answer", {"n": 7}, "wrong"),
    ("wrong_answer", [["MinStack"], ["push", 1], ["push", 2], ["pop"], ["pop"], ["push", 3]],
     "wrong"),
    ("wrong_answer", '{"nums": [1, 2, 3, ... (90,000 characters in all)', "approach"),
    # a design problem's calls as the grader shows them
    ("wrong_answer", "StringCodec(); encode(['\\\\']); decode(<what encode returned>)", "edge"),
    ("wrong_answer", "MinStack(); push(1); push(2); pop(); pop(); push(3)", "wrong"),
])
def test_the_kind_of_a_failure(verdict: str, shown: Any, kind: str | None) -> None:
    counterexample = None if shown is None else {"input": shown}
    assert failure_kind(verdict, counterexample) == kind


def test_the_stubs_not_implemented_error_is_no_crash() -> None:
    stub = {"input": {"nums": [1]}, "error": "line 3, in f: NotImplementedError"}
    assert failure_kind("runtime_error", stub) is None
    crash = {"input": {"nums": [1]}, "error": "line 3, in f: IndexError: out of range"}
    assert failure_kind("runtime_error", crash) == "crash"


def test_a_large_input_saved_to_a_file_is_the_approach() -> None:
    assert failure_kind("wrong_answer", {"input": {"nums": [1, 2, 3]},
                                         "input_file": "x.json"}) == "approach"


def test_the_mix_is_counted_per_topic() -> None:
    at = datetime.fromisoformat("2026-12-01T09:00:00+00:00")

    def graded(slug: str, verdict: str, shown: Any) -> Attempt:
        return Attempt(slug=slug, at=at, verdict=verdict, rating=1, seed=1, cases=1,
                       elapsed_s=0.1, file_hash="x", counterexample={"input": shown})

    problems = {"a": Entry("a", "A", "arrays-hashing", "easy", "f", "exact"),
                "g": Entry("g", "G", "graphs", "easy", "f", "exact")}
    mix = failure_mix([graded("a", "wrong_answer", {"nums": []}),
                       graded("a", "wrong_answer", {"nums": [4]}),
                       graded("a", "too_slow", None), graded("a", "passed", None),
                       graded("g", "runtime_error", None),
                       graded("gone", "runtime_error", None)], problems)
    assert mix == {"arrays-hashing": Counter(edge=2, slow=1), "graphs": Counter(crash=1)}
    assert mostly(mix["arrays-hashing"]) == "mostly edge cases"
    assert mostly(mix["graphs"]) is None  # too few to say
    assert mostly(Counter(edge=1, slow=1, crash=1)) is None  # no kind is half
