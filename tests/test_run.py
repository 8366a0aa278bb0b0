"""`trainer run`: the solution on the learner's own input, through the real command."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import CORRECT_TWO_SUM, WRONG_TWO_SUM, trainer
from trainer.workspace import Workspace

LOUD_TWO_SUM = CORRECT_TWO_SUM.replace("    seen = {}", "    print('looking', len(nums))\n"
                                       "    seen = {}")


@pytest.fixture
def two_sum(with_problems: Callable[..., Workspace]) -> Workspace:
    workspace = with_problems("two-sum", "lru-cache")
    assert trainer("start", "two-sum").returncode == 0
    return workspace


def test_run_prints_the_answer_the_output_and_the_reference(two_sum: Workspace) -> None:
    (two_sum.solutions / "two_sum.py").write_text(LOUD_TWO_SUM)
    result = trainer("run", "--input", "nums=[2, 7, 11, 15], target=9")
    assert result.returncode == 0, result.stderr
    assert "returned:  [0, 1]" in result.stdout
    assert "printed:   looking 4" in result.stdout
    assert "time:" in result.stdout and "reference: [0, 1]" in result.stdout
    assert "agrees with the reference" in result.stdout


def test_a_wrong_answer_still_exits_0_and_nothing_is_recorded(two_sum: Workspace) -> None:
    (two_sum.solutions / "two_sum.py").write_text(WRONG_TWO_SUM)
    result = trainer("run", "two-sum", "--input", "nums=[3, 2, 4], target=6", "--json")
    assert result.returncode == 0, result.stderr
    (run,) = json.loads(result.stdout)["runs"]
    assert run["input"] == {"nums": [3, 2, 4], "target": 6}
    assert run["returned"] == "[0, 0]" and run["agrees"] is False
    assert "need 0 <= i < j" in run["why"]
    shown = json.loads(trainer("show", "two-sum", "--json").stdout)
    assert shown["attempts"] == 0


def test_an_input_outside_the_constraints_exits_2(two_sum: Workspace) -> None:
    (two_sum.solutions / "two_sum.py").write_text(CORRECT_TWO_SUM)
    result = trainer("run", "--input", "nums=[1], target=2")
    assert result.returncode == 2
    assert "outside the problem's constraints: 2 <= len(nums)" in result.stderr
    assert "Traceback" not in result.stderr
    assert trainer("run").returncode == 2  # neither --input nor --input-file


def test_an_input_file_runs_every_line(two_sum: Workspace, tmp_path: Path) -> None:
    (two_sum.solutions / "two_sum.py").write_text(
        "def two_sum(nums, target):\n    if len(nums) > 3:\n        raise KeyError(target)\n"
        "    return [0, 1]\n")
    inputs = tmp_path / "inputs.txt"
    inputs.write_text("# mine\nnums=[1, 2], target=3\n\nnums=[1, 2, 3, 4], target=7\n")
    result = trainer("run", "--input-file", str(inputs), "--json")
    assert result.returncode == 0, result.stderr
    first, second = json.loads(result.stdout)["runs"]
    assert first["agrees"] is True
    assert second["ran"] is False and "KeyError: 7" in second["error"]
    assert second["expected"] == "[2, 3]"


def test_a_design_problem_runs_a_sequence_of_calls(two_sum: Workspace) -> None:
    reference = (two_sum.problems / "lru-cache" / "reference.py").read_text()
    solution = two_sum.solutions / "lru_cache.py"
    solution.write_text(reference.replace("return -1", "return -2", 1))
    result = trainer("run", "lru-cache", "--file", str(solution), "--input",
                     '[["LRUCache", 2], ["put", 1, 1], ["get", 1], ["get", 3]]')
    assert result.returncode == 0, result.stderr
    assert "input:     LRUCache(2); put(1, 1); get(1); get(3)" in result.stdout
    assert "reference: [None, None, 1, -1]" in result.stdout
    assert "does not agree" in result.stdout and "get" in result.stdout
