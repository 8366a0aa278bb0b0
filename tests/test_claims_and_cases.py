"""The complexity a learner claims and the inputs kept for them, through the real command at a
fixed TRAINER_NOW."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from tests.conftest import PROBLEMS
from tests.helpers import CORRECT_TWO_SUM, said, trainer
from trainer.workspace import Workspace

# Passes the examples; skips negative values, which a generated input soon shows.
NO_NEGATIVES = """
def two_sum(nums: list[int], target: int) -> list[int]:
    seen = {}
    for j, value in enumerate(nums):
        if value < 0:
            continue
        if target - value in seen:
            return [seen[target - value], j]
        seen[value] = j
    return []
"""


def claiming(time: str, space: str, body: str) -> str:
    return f"# Complexity: time {time}, space {space}\n{body.lstrip()}"


@pytest.fixture
def two_sum(with_problems: Callable[..., Workspace]) -> Workspace:
    workspace = with_problems("two-sum", "lru-cache")
    assert trainer("start", "two-sum").returncode == 0
    return workspace


def test_the_stub_asks_for_the_learners_own_analysis(two_sum: Workspace) -> None:
    stub = (two_sum.solutions / "two_sum.py").read_text()
    assert "# Complexity: time O(?), space O(?)\ndef two_sum(" in stub


def test_a_failing_input_is_kept_and_checked_first_on_every_later_grading(
        two_sum: Workspace) -> None:
    solution = two_sum.solutions / "two_sum.py"
    solution.write_text(NO_NEGATIVES)
    failed = trainer("grade", "--json")
    assert failed.returncode == 1, failed.stderr
    counterexample = json.loads(failed.stdout)["counterexample"]["input"]
    (kept,) = json.loads(trainer("case", "list", "two-sum", "--json").stdout)
    assert kept["input"] == counterexample and kept["origin"] == "failed"
    assert any(value < 0 for value in kept["input"]["nums"])

    added = trainer("case", "add", "two-sum", "--input", "nums=[1, 2], target=3")
    assert added.returncode == 0, added.stderr
    assert trainer("case", "add", "two-sum", "--input", "nums=[1, 2], target=3").returncode == 2
    outside = trainer("case", "add", "two-sum", "--input", "nums=[1], target=2")
    assert outside.returncode == 2 and "2 <= len(nums)" in outside.stderr
    listed = trainer("case", "list", "two-sum").stdout
    assert "failed grading on 2026-03-01" in listed
    assert "nums=[1, 2], target=3\n      added by you on 2026-03-01" in listed

    solution.write_text(CORRECT_TWO_SUM)
    passed = trainer("grade")
    assert passed.returncode == 0, passed.stdout
    assert "kept:       your 1 earlier failing input and 1 input of your own now pass" \
        in passed.stdout

    # Wrong again on exactly the kept input: it is the counterexample, found at once.
    solution.write_text(CORRECT_TWO_SUM.replace(
        "    seen = {}", f"    if nums == {kept['input']['nums']!r}:\n        return []\n"
                        "    seen = {}"))
    again = trainer("grade", "--json")
    report = json.loads(again.stdout)
    assert again.returncode == 1
    assert report["phase"] == "kept" and report["cases"] == 1
    assert report["counterexample"]["input"] == kept["input"]
    shown = trainer("grade").stdout
    assert "on an input it failed on in an earlier grading" in shown
    assert "--seed" not in shown  # the input is kept: grading again finds it again
    assert len(json.loads(trainer("case", "list", "two-sum", "--json").stdout)) == 2


def test_a_replay_leaves_the_kept_inputs_out_and_gives_its_verdict_again(
        two_sum: Workspace) -> None:
    solution = two_sum.solutions / "two_sum.py"
    solution.write_text(CORRECT_TWO_SUM.replace(
        "    seen = {}", "    if nums == [7, 99999, 3]:\n        return []\n    seen = {}"))
    first = json.loads(trainer("grade", "--json").stdout)
    assert first["passed"]
    assert trainer("case", "add", "two-sum", "--input",
                   "nums=[7, 99999, 3], target=10").returncode == 0
    mine = json.loads(trainer("grade", "--json").stdout)
    assert not mine["passed"] and mine["phase"] == "own" and mine["cases"] == 1
    replay = json.loads(trainer("grade", "--seed", str(first["seed"]), "--json").stdout)
    assert replay["passed"] and replay["kept_cases"] is None


def test_a_kept_input_can_be_removed(two_sum: Workspace) -> None:
    assert trainer("case", "add", "two-sum", "--input", "nums=[1, 2], target=3").returncode == 0
    (kept,) = json.loads(trainer("case", "list", "two-sum", "--json").stdout)
    removed = trainer("case", "remove", "two-sum", str(kept["id"]))
    assert removed.returncode == 0
    assert trainer("case", "remove", "two-sum", str(kept["id"])).returncode == 2
    assert "keeps no inputs yet" in trainer("case", "list", "two-sum").stdout


def test_a_wrong_claim_is_said_once_and_counted_in_review(two_sum: Workspace) -> None:
    solution = two_sum.solutions / "two_sum.py"
    solution.write_text(claiming("O(n^2)", "O(n)", CORRECT_TWO_SUM))
    graded = trainer("grade")
    assert graded.returncode == 0, graded.stdout
    claim_lines = said(graded.stdout).split("claimed:")[1:]
    assert len(claim_lines) == 2
    assert "you wrote O(n^2) time; it grew like n^" in claim_lines[0]
    assert "faster than you wrote" in claim_lines[0]
    report = json.loads(trainer("grade", "--json", "--no-record").stdout)
    assert report["claims"]["time"] == {**report["claims"]["time"], "claimed": "O(n^2)",
                                        "matches": False}
    assert set(report) >= {"slug", "verdict", "passed", "cases", "seed", "elapsed_s",
                           "counterexample"}  # the contract's keys are all still there

    review = trainer("review")
    assert "complexity claims missed: 1 of 2, all time" in said(review.stdout)
    (topic,) = [t for t in json.loads(trainer("review", "--json").stdout) if t["attempts"]]
    assert (topic["claims"], topic["claims_missed"], topic["claims_missed_time"]) == (2, 1, 1)

    exported = [json.loads(line) for line in trainer("history", "export").stdout.splitlines()]
    (attempt,) = [row for row in exported if row["kind"] == "attempt"]
    assert (attempt["time_claim"], attempt["time_claim_ok"]) == ("O(n^2)", False)


def test_a_right_claim_is_consistent_and_a_failure_before_timing_says_nothing_of_time(
        two_sum: Workspace) -> None:
    solution = two_sum.solutions / "two_sum.py"
    solution.write_text(claiming("O(n)", "O(?)", NO_NEGATIVES))
    failed = trainer("grade")
    assert failed.returncode == 1 and "claimed" not in failed.stdout
    solution.write_text(claiming("O(n)", "O(?)", CORRECT_TWO_SUM))
    passed = trainer("grade")
    assert "claimed:    you wrote O(n) time: consistent with what was measured" in passed.stdout
    assert "complexity claims missed" not in trainer("review").stdout


def test_a_design_problem_keeps_its_failing_calls(two_sum: Workspace) -> None:
    reference = (PROBLEMS / "lru-cache" / "reference.py").read_text()
    solution = two_sum.solutions / "lru_cache.py"
    solution.write_text(reference.replace(
        "        node = self.nodes.get(key)\n        if node is None:\n            return -1",
        "        node = self.nodes.get(key)\n        if node is None or key == 0:\n"
        "            return -1", 1))
    failed = json.loads(trainer("grade", "lru-cache", "--json").stdout)
    assert failed["verdict"] == "wrong_answer" and failed["phase"] == "generated"
    (kept,) = json.loads(trainer("case", "list", "lru-cache", "--json").stdout)
    assert kept["input"][0][0] == "__init__" and ["get", {"key": 0}] in kept["input"]
    own = trainer("case", "add", "lru-cache", "--input",
                  '[["LRUCache", 2], ["put", 99999, 1], ["get", 99999]]')
    assert own.returncode == 0, own.stderr

    solution.write_text(reference.replace("    def get(self, key: int) -> int:\n",
                                          "    def get(self, key: int) -> int:\n"
                                          "        if key == 99999:\n            return 0\n", 1))
    mine = trainer("grade", "lru-cache")
    assert mine.returncode == 1 and "on an input of your own" in mine.stdout
    assert "LRUCache(2); put(99999, 1); get(99999)" in mine.stdout
    solution.write_text(reference)
    passed = trainer("grade", "lru-cache")
    assert passed.returncode == 0, passed.stdout
    assert "your 1 earlier failing input and 1 input of your own now pass" in passed.stdout


def test_a_call_sequence_the_statement_forbids_is_not_kept(
        with_problems: Callable[..., Workspace]) -> None:
    with_problems("min-stack")
    refused = trainer("case", "add", "min-stack", "--input", '[["MinStack"], ["pop"]]')
    assert refused.returncode == 2 and "call 2, pop: not allowed" in refused.stderr
    assert json.loads(trainer("case", "list", "min-stack", "--json").stdout) == []
