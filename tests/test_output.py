"""The words of `list`, `stats` and `review`, pinned whole: a change of wording is a change
of this file. A small history (restored from a backup, so that no timing enters it), a
fixed clock, and a terminal 80 columns wide."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import trainer
from trainer.workspace import Workspace

NOW = "2026-03-10T09:00:00+00:00"
PROBLEMS = ("contains-duplicate", "two-sum", "group-anagrams", "binary-search",
            "valid-palindrome", "climbing-stairs")
WRONG = {"expected": "True", "got": "False", "error": None}
CRASH = {"expected": "True", "got": None,
         "error": "line 2, in is_palindrome: IndexError: string index out of range"}
# (slug, when, verdict, rating, counterexample): gradings as `trainer grade` stores them
GRADINGS = [
    ("binary-search", "2026-02-10T09:00", "wrong_answer", 1,
     {"input": {"nums": [5], "target": 5}, "expected": "0", "got": "-1", "error": None}),
    ("contains-duplicate", "2026-03-01T09:00", "wrong_answer", 1,
     {"input": {"nums": [0, 0]}, **WRONG}),
    ("contains-duplicate", "2026-03-01T09:20", "passed", 2, None),
    ("two-sum", "2026-03-02T09:00", "wrong_answer", 1,
     {"input": {"nums": [3, 3], "target": 6}, "expected": "[0, 1]", "got": "[]",
      "error": None}),
    ("binary-search", "2026-03-03T09:00", "passed", 3, None),
    ("contains-duplicate", "2026-03-04T09:00", "passed", 3, None),
    ("valid-palindrome", "2026-03-09T09:00", "wrong_answer", 1, {"input": {"s": "0P"}, **WRONG}),
    ("valid-palindrome", "2026-03-09T09:30", "runtime_error", 1, {"input": {"s": ""}, **CRASH}),
]


@pytest.fixture
def history(with_problems: Callable[..., Workspace], tmp_path: Path) -> Workspace:
    workspace = with_problems(*PROBLEMS)
    backup = tmp_path / "backup.jsonl"
    rows = [{"kind": "attempt", "slug": slug, "at": f"{when}:00+00:00", "verdict": verdict,
             "rating": rating, "seed": number, "cases": 10, "elapsed_s": 0.5,
             "file_hash": f"file {number}", "hints": 0, "revealed": False, "counted": True,
             "counterexample": example}
            for number, (slug, when, verdict, rating, example) in enumerate(GRADINGS)]
    backup.write_text("".join(json.dumps(row) + "\n" for row in rows))
    imported = trainer("history", "import", str(backup), now=NOW)
    assert imported.returncode == 0, imported.stderr
    return workspace


def shown(*args: str) -> str:
    result = trainer(*args, now=NOW, columns=80)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    return result.stdout


def test_list(history: Workspace) -> None:
    """Every problem by topic, with a mark for solved and for attempted."""
    assert shown("list") == """\
arrays-hashing
  ✓ contains-duplicate  easy    Contains Duplicate
  ✗ two-sum             easy    Two Sum
    group-anagrams      medium  Group Anagrams

binary-search
  ✓ binary-search       easy    Binary Search

dp-1d
    climbing-stairs     easy    Ways to Climb Stairs

two-pointers
  ✗ valid-palindrome    easy    Alphanumeric Palindrome

6 problems, 2 solved
"""


def test_stats(history: Workspace) -> None:
    """Solved, the streak, the practice calendar and today's estimated recall."""
    assert shown("stats") == """\
Solved 2 of 6 problems in 8 attempts; streak 1 day (longest 4)

  easy               ████████············   2/5
  medium             ····················   0/1

  arrays-hashing     ███████·············   1/3
  binary-search      ████████████████████   1/1
  dp-1d              ····················   0/1
  two-pointers       ····················   0/1

Practice days (last 16 weeks):
  Mon ··············░▒
  Tue ···········░··░·
  Wed ··············░
  Thu ···············
  Fri ···············
  Sat ···············
  Sun ·············▒·

Estimated recall of solved problems today: 88% on average; weakest:
binary-search 86%, contains-duplicate 91%
"""


def test_review(history: Workspace) -> None:
    """Per topic, the weakest first: pass rate, trend, what is due, what next."""
    assert shown("review") == """\
topic                pass rate                  attempts  trend
two-pointers         ····················    0%        2  new
                     due: valid-palindrome
                     next: trainer start valid-palindrome
arrays-hashing       ██████████··········   50%        4  new
                     due: two-sum
                     next: trainer start two-sum
binary-search        ██████████··········   50%        2  improving

Not started yet: dp-1d

What keeps failing:
  Your arrays-hashing failures: 2 edge cases.
  Your binary-search failures: 1 edge case.
  Your two-pointers failures: 1 crash, 1 wrong answer on a small input.
"""
