from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable

from tests.conftest import REPO
from trainer.workspace import Workspace

CORRECT = """
def contains_duplicate(nums: list[int]) -> bool:
    return len(set(nums)) != len(nums)
"""
WRONG = """
def contains_duplicate(nums: list[int]) -> bool:
    return len(nums) > len(set(nums[1:]))
"""


def test_pytest_grades_every_solution(with_problems: Callable[..., Workspace]) -> None:
    workspace = with_problems("contains-duplicate", "two-sum")
    shutil.copy(REPO / "solutions" / "conftest.py", workspace.solutions / "conftest.py")
    (workspace.solutions / "contains_duplicate.py").write_text(CORRECT)
    (workspace.solutions / "two_sum.py").write_text(
        "def two_sum(nums, target):\n    return [0, 0]\n")
    run = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q",
           "--rootdir", str(workspace.root), str(workspace.solutions)]
    everything = subprocess.run(run, capture_output=True, text=True, timeout=300)
    assert everything.returncode == 1, everything.stdout
    assert "1 failed, 1 passed" in everything.stdout
    assert "WRONG ANSWER" in everything.stdout
    one = subprocess.run([*run, "-k", "contains_duplicate"], capture_output=True, text=True,
                         timeout=300)
    assert one.returncode == 0 and "1 passed" in one.stdout, one.stdout
    (workspace.solutions / "contains_duplicate.py").write_text(WRONG)
    failing = subprocess.run([*run, "-x"], capture_output=True, text=True, timeout=300)
    assert "1 failed" in failing.stdout and "passed" not in failing.stdout


def test_pytest_checks_the_inputs_the_history_keeps(
        with_problems: Callable[..., Workspace]) -> None:
    from tests.helpers import trainer

    workspace = with_problems("contains-duplicate")
    shutil.copy(REPO / "solutions" / "conftest.py", workspace.solutions / "conftest.py")
    (workspace.solutions / "contains_duplicate.py").write_text(CORRECT.replace(
        "    return", "    if nums == [7, 99999, 7]:\n        return False\n    return"))
    run = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q",
           "--rootdir", str(workspace.root), str(workspace.solutions)]
    assert subprocess.run(run, capture_output=True, text=True, timeout=300).returncode == 0
    added = trainer("case", "add", "contains-duplicate", "--input", "nums=[7, 99999, 7]")
    assert added.returncode == 0, added.stderr
    kept = subprocess.run(run, capture_output=True, text=True, timeout=300)
    assert kept.returncode == 1, kept.stdout
    assert "on an input of your own" in kept.stdout and "nums=[7, 99999, 7]" in kept.stdout
