"""A failure is shown on the smallest input that shows it, for every kind of judge: a
planted bug that the examples miss shrinks to a known minimal input, whatever large
input the generators first met it on."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import trainer
from trainer.grading.engine import grade
from trainer.grading.outcome import Outcome
from trainer.grading.reference import load_reference
from trainer.problems.spec import load_problem
from trainer.workspace import Workspace

Grader = Callable[[str, str, int], Outcome]
SEEDS = (2, 3)  # valid-palindrome showed a 230-character string for both

EVEN_PALINDROMES_FAIL = """
def is_palindrome(s: str) -> bool:
    kept = [c.lower() for c in s if c.isalnum()]
    if kept and len(kept) % 2 == 0:
        return False
    return kept == kept[::-1]
"""

NEVER_LOOKS_AT_THE_LAST = """
def binary_search(nums: list[int], target: int) -> int:
    lo, hi = 0, len(nums) - 1 if len(nums) == 1 else len(nums) - 2
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
"""

LOOKS_TWO_AHEAD = """
def two_sum(nums: list[int], target: int) -> list[int]:
    for i in range(len(nums)):
        for j in range(i + 1, min(len(nums), i + 3)):
            if nums[i] + nums[j] == target:
                return [i, j]
    return []
"""

LETTER_SUM_KEY = """
def group_anagrams(words: list[str]) -> list[list[str]]:
    groups = {}
    for word in words:
        groups.setdefault(sum(map(ord, word)), []).append(word)
    return list(groups.values())
"""

NEGATIVE_ODD_POWER_SIGN = """
def power(x: float, n: int) -> float:
    result, base, left = 1.0, x, abs(n)
    while left:
        if left & 1:
            result *= base
        base *= base
        left >>= 1
    if n < 0:
        result = 1 / result
        if n % 2 == 1:
            result = -result
    return result
"""

SMALLEST_BY_SIZE = """
class MinStack:
    def __init__(self):
        self.items = []

    def push(self, val: int) -> None:
        low = val if not self.items else min(val, self.items[-1][1], key=abs)
        self.items.append((val, low))

    def pop(self) -> None:
        self.items.pop()

    def top(self) -> int:
        return self.items[-1][0]

    def get_min(self) -> int:
        return self.items[-1][1]
"""


@pytest.fixture
def grader(with_problems: Callable[..., Workspace], tmp_path: Path) -> Grader:
    def run(slug: str, source: str, seed: int) -> Outcome:
        workspace = with_problems(slug)
        problem = load_problem(workspace.problems / slug)
        path = tmp_path / f"{problem.module_name}.py"
        path.write_text(textwrap.dedent(source))
        return grade(load_reference(problem), path, seed_value=seed, complexity=False)

    return run


def failed_on(outcome: Outcome) -> object:
    assert (outcome.verdict, outcome.phase) == ("wrong_answer", "generated"), outcome.message
    assert outcome.counterexample is not None
    return outcome.counterexample.input


@pytest.mark.parametrize("seed", SEEDS)
def test_exact_a_palindrome_bug_shrinks_to_two_letters(grader: Grader, seed: int) -> None:
    assert failed_on(grader("valid-palindrome", EVEN_PALINDROMES_FAIL, seed)) == {"s": "aa"}


@pytest.mark.parametrize("seed", SEEDS)
def test_exact_an_off_by_one_shrinks_to_two_values(grader: Grader, seed: int) -> None:
    assert failed_on(grader("binary-search", NEVER_LOOKS_AT_THE_LAST, seed)) == {
        "nums": [0, 1], "target": 1}


@pytest.mark.parametrize("seed", SEEDS)
def test_checker_a_pair_far_apart_shrinks_to_four_numbers(grader: Grader, seed: int) -> None:
    shown = failed_on(grader("two-sum", LOOKS_TWO_AHEAD, seed))
    assert isinstance(shown, dict)
    assert len(shown["nums"]) == 4, shown  # the pair must be 3 apart: 4 numbers at least
    assert max(map(abs, shown["nums"])) <= 3, shown


@pytest.mark.parametrize("seed", SEEDS)
def test_unordered_a_letter_sum_key_shrinks_to_two_short_words(grader: Grader,
                                                               seed: int) -> None:
    shown = failed_on(grader("group-anagrams", LETTER_SUM_KEY, seed))
    assert isinstance(shown, dict)
    # two words of two letters with equal sums and different letters: "ac" and "bb"
    assert sorted("".join(sorted(word)) for word in shown["words"]) == ["ac", "bb"], shown


@pytest.mark.parametrize("seed", SEEDS)
def test_float_a_sign_bug_shrinks_to_one_over_one(grader: Grader, seed: int) -> None:
    assert failed_on(grader("fast-power", NEGATIVE_ODD_POWER_SIGN, seed)) == {
        "x": 1.0, "n": -1}


@pytest.mark.parametrize("seed", SEEDS)
def test_design_a_minimum_by_size_shrinks_to_the_shortest_sequence(grader: Grader,
                                                                   seed: int) -> None:
    # the examples push only positive values; -1 is smaller than 0, but not by size
    shown = str(failed_on(grader("min-stack", SMALLEST_BY_SIZE, seed)))
    assert shown in ("MinStack(); push(0); push(-1); get_min()",
                     "MinStack(); push(-1); push(0); get_min()"), shown


def test_the_command_shows_the_shrunk_input(with_problems: Callable[..., Workspace],
                                            tmp_path: Path) -> None:
    with_problems("valid-palindrome")
    path = tmp_path / "attempt.py"
    path.write_text(textwrap.dedent(EVEN_PALINDROMES_FAIL))
    result = trainer("grade", "valid-palindrome", "--file", str(path), "--seed", "2",
                     "--no-record")
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert "  on a generated input (shrunk to the smallest that fails)" in lines
    assert "  input:     s='aa'" in lines  # was a 230-character string for this seed
