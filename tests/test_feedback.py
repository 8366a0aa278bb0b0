"""What the learner reads, lived through the real `trainer` over simulated days: words and
numbers that say what happened, and the things a learner looks for and finds."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import CORRECT_TWO_SUM, TRAINER, WRONG_TWO_SUM, trainer
from trainer.workspace import Workspace

DAY1 = "2026-03-01T09:00:00+00:00"


def at(day: str, time: str = "09:00") -> str:
    return f"{day}T{time}:00+00:00"


@pytest.fixture
def identity(make_problem: Callable[..., Path], workspace: Workspace) -> Workspace:
    """One small problem (identity(x) -> x) whose grading takes a moment."""
    make_problem("echo")
    return workspace


def grade_echo(workspace: Workspace, body: str, now: str) -> subprocess.CompletedProcess[str]:
    """Grade solutions/echo.py holding `return BODY` (a comment keeps each file new)."""
    (workspace.solutions / "echo.py").write_text(
        f"def identity(x: int) -> int:\n    return {body}  # {now}\n")
    return trainer("grade", "echo", now=now)


def test_a_due_review_says_how_many_whole_days_ago_and_never_100(identity: Workspace) -> None:
    trainer("start", "echo")
    assert grade_echo(identity, "x", at("2026-03-01", "21:00")).returncode == 0
    due = json.loads(trainer("show", "echo", "--json").stdout)["due"]
    review = json.loads(trainer("next", "--json", now=at(due, "07:00")).stdout)
    assert review["reason"] == "review", review
    assert review["why"].startswith("due for review: last practised "), review["why"]
    assert "days ago, an estimated " in review["why"] and "100%" not in review["why"]
    # the morning after an evening pass is a day later: not "100%" remembered
    stats = trainer("stats", now=at("2026-03-02", "07:00"), columns=100)
    recall = next(line for line in stats.stdout.splitlines() if "Estimated recall" in line)
    assert "100%" not in recall and recall.endswith("%"), recall


def test_a_retry_is_fresh_only_when_the_failure_was_recent(identity: Workspace,
                                                          make_problem: Callable[..., Path]
                                                          ) -> None:
    trainer("start", "echo")
    assert grade_echo(identity, "x + 1", DAY1).returncode == 1
    fresh = json.loads(trainer("next", "--json", now=at("2026-03-02")).stdout)
    assert fresh["why"] == "you did not pass it on 2026-03-01: try again while it is fresh"
    stale = json.loads(trainer("next", "--json", now=at("2026-03-17")).stdout)
    assert stale["why"] == "you did not pass it on 2026-03-01: try again"


def test_a_due_review_of_a_problem_never_passed_claims_no_memory(
        identity: Workspace, make_problem: Callable[..., Path]) -> None:
    make_problem("other", topic="graphs")
    trainer("start", "echo")
    assert grade_echo(identity, "x + 1", DAY1).returncode == 1
    trainer("start", "other", now=at("2026-03-02"))
    (identity.solutions / "other.py").write_text("def identity(x: int) -> int:\n    return x\n")
    assert trainer("grade", "other", now=at("2026-03-02")).returncode == 0
    later = json.loads(trainer("next", "--json", now=at("2026-03-20")).stdout)
    assert later["slug"] == "echo", later
    assert later["why"] == "due for review: last tried 19 days ago (2026-03-01), not passed yet"


def test_the_pass_line_counts_only_todays_attempts_and_hints(identity: Workspace) -> None:
    trainer("start", "echo")
    assert grade_echo(identity, "x + 1", DAY1).returncode == 1
    assert trainer("hint", "echo", now=at("2026-03-01", "10:00")).returncode == 0
    passed = grade_echo(identity, "x", at("2026-03-02"))
    assert passed.returncode == 0
    assert "passed on the first attempt today;" in passed.stdout, passed.stdout
    assert "hint" not in passed.stdout  # yesterday's hint is not today's
    assert grade_echo(identity, "x + 2", at("2026-03-03")).returncode == 1
    trainer("hint", "echo", now=at("2026-03-03", "09:30"))
    again = grade_echo(identity, "x", at("2026-03-03", "10:00"))
    assert "passed at attempt 2 today, with 1 hint;" in again.stdout, again.stdout


def test_one_of_anything_is_singular(identity: Workspace) -> None:
    trainer("start", "echo")
    assert grade_echo(identity, "x", DAY1).returncode == 0
    stats = trainer("stats")
    assert stats.stdout.startswith(
        "Solved 1 of 1 problem in 1 attempt; streak 1 day (longest 1)"), stats.stdout
    assert "Your 1 attempt, 1 passed:" in trainer("show", "echo").stdout


def test_a_topic_practised_before_the_last_two_weeks_is_not_new(identity: Workspace) -> None:
    trainer("start", "echo")
    assert grade_echo(identity, "x + 1", DAY1).returncode == 1
    assert json.loads(trainer("review", "--json").stdout)[0]["trend"] == "new"
    month_later = at("2026-04-01")
    idle = json.loads(trainer("review", "--json", now=month_later).stdout)[0]
    assert idle["trend"] == "not lately"
    assert grade_echo(identity, "x", month_later).returncode == 0
    back = json.loads(trainer("review", "--json", now=month_later).stdout)[0]
    assert back["trend"] == "improving"


def test_give_up_does_not_suggest_a_hint_after_every_hint(identity: Workspace) -> None:
    trainer("start", "echo")
    assert grade_echo(identity, "x + 1", DAY1).returncode == 1
    early = trainer("solution", "echo", "--give-up")
    assert early.returncode == 2 and "A hint may be all you need" in early.stderr
    for _ in range(2):  # the small problem has two hints
        trainer("hint", "echo")
    after = trainer("solution", "echo", "--give-up")
    assert after.returncode == 2
    assert "A hint may be all you need" not in after.stderr
    assert "You have seen every hint" in after.stderr, after.stderr


def test_list_with_an_unknown_topic_names_the_topics(
        make_problem: Callable[..., Path], workspace: Workspace) -> None:
    make_problem("walk", topic="trees")
    make_problem("word", topic="tries")
    typo = trainer("list", "--topic", "tree", columns=200)
    assert typo.returncode == 2 and typo.stdout == ""
    assert typo.stderr == ("trainer: no topic 'tree': did you mean trees or tries? The topics "
                           "are: trees, tries\n")
    assert trainer("next", "--topic", "heap", columns=200).stderr == (
        "trainer: no topic 'heap'. The topics are: trees, tries\n")


def test_topic_names_complete_in_the_shell(
        make_problem: Callable[..., Path], workspace: Workspace) -> None:
    make_problem("walk", topic="trees")
    make_problem("word", topic="tries")
    for words, place in (("trainer list --topic tr", "3"), ("trainer next --topic tre", "3"),
                         ("trainer interview add --topics tri", "4")):
        env = {**os.environ, "COMP_WORDS": words, "COMP_CWORD": place,
               "_TRAINER_COMPLETE": "bash_complete"}
        result = subprocess.run([str(TRAINER)], capture_output=True, text=True, env=env,
                                timeout=60)
        wanted = {"tr": ["plain,tries", "plain,trees"], "tre": ["plain,trees"],
                  "tri": ["plain,tries"]}[words.split()[-1]]
        assert sorted(result.stdout.split()) == sorted(wanted), words


def test_show_lists_the_attempts_and_prints_the_failing_input(
        with_problems: Callable[..., Workspace]) -> None:
    workspace = with_problems("two-sum", "valid-palindrome")
    assert trainer("show", "two-sum", "--failed-input").returncode == 2
    trainer("start", "two-sum")
    (workspace.solutions / "two_sum.py").write_text(WRONG_TWO_SUM)
    assert trainer("grade").returncode == 1
    (workspace.solutions / "two_sum.py").write_text(CORRECT_TWO_SUM)
    assert trainer("grade", now=at("2026-03-02")).returncode == 0
    shown = trainer("show", "two-sum", now=at("2026-03-02"), columns=200).stdout
    lines = shown.splitlines()
    start = lines.index("Your 2 attempts, 1 passed:")
    assert lines[start + 1].startswith("  2026-03-01  wrong answer on nums=[")
    assert ": expected [" in lines[start + 1] and ", got [" in lines[start + 1]
    assert lines[start + 2] == "  2026-03-02  passed"
    assert lines[start + 3].startswith("Next review: 2026-03-")
    failing = trainer("show", "two-sum", "--failed-input")
    assert failing.stdout.startswith("nums=[") and ", target=" in failing.stdout
    ran = trainer("run", "two-sum", "--input", failing.stdout.strip())
    assert ran.returncode == 0 and "reference:" in ran.stdout, ran.stdout + ran.stderr
    # a string input pastes back as the string it was
    trainer("start", "valid-palindrome")
    (workspace.solutions / "valid_palindrome.py").write_text(
        "def is_palindrome(s: str) -> bool:\n    return s == s[::-1]\n")
    graded = trainer("grade", "valid-palindrome")
    assert "  input:     s='Was it a car, or a cat I saw?'" in graded.stdout, graded.stdout
    assert trainer("show", "valid-palindrome", "--failed-input").stdout == \
        "s='Was it a car, or a cat I saw?'\n"


def test_failed_gradings_of_one_sitting_are_one_failure_for_review(identity: Workspace) -> None:
    trainer("start", "echo")
    for number in range(6):
        assert grade_echo(identity, f"x + {number + 1}", DAY1).returncode == 1
    assert json.loads(trainer("review", "--json").stdout)[0]["leeches"] == []
    for day in ("2026-03-02", "2026-03-03", "2026-03-04"):
        assert grade_echo(identity, "x - 1", at(day)).returncode == 1
    later = json.loads(trainer("review", "--json", now=at("2026-03-04")).stdout)[0]
    assert later["leeches"] == ["echo"]  # failed on four days: now it is one


def test_times_below_a_millisecond_are_in_microseconds(with_problems: Callable[..., Workspace]
                                                      ) -> None:
    workspace = with_problems("two-sum")
    trainer("start", "two-sum")
    (workspace.solutions / "two_sum.py").write_text(CORRECT_TWO_SUM)
    ran = trainer("run", "--input", "nums=[2, 7], target=9")
    time_line = next(line for line in ran.stdout.splitlines() if "time:" in line)
    assert time_line.endswith(" µs"), time_line


def test_a_large_failing_input_prints_whole_from_its_file(
        with_problems: Callable[..., Workspace], tmp_path: Path) -> None:
    workspace = with_problems("contains-duplicate")
    saved = workspace.state / "failed-inputs" / "contains_duplicate.json"
    saved.parent.mkdir(parents=True)
    nums = [*range(3000), 7]
    saved.write_text(json.dumps({"nums": nums}) + "\n")
    backup = tmp_path / "backup.jsonl"
    backup.write_text(json.dumps({
        "kind": "attempt", "slug": "contains-duplicate", "at": DAY1, "verdict": "wrong_answer",
        "rating": 1, "seed": 1, "cases": 30, "elapsed_s": 0.5, "file_hash": "f", "hints": 0,
        "revealed": False, "counted": True,
        "counterexample": {"input": "{\"nums\": [0, 1, 2, ... (14,000 characters in all)",
                           "expected": "True", "got": "False", "error": None,
                           "input_file": str(saved)}}) + "\n")
    assert trainer("history", "import", str(backup)).returncode == 0
    printed = trainer("show", "contains-duplicate", "--failed-input")
    assert printed.stdout == f"nums={nums!r}\n"
    saved.unlink()
    gone = trainer("show", "contains-duplicate", "--failed-input", columns=200)
    assert gone.returncode == 2 and "which is gone or damaged" in gone.stderr, gone.stderr
