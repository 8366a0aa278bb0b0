"""`trainer mock`: the choice of problems, the clock, and a whole interview end to end."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import CORRECT_TWO_SUM, TRAINER, Output, save_by_rename, trainer
from trainer.coach.mock import pick_problems, wait
from trainer.problems.catalogue import load_catalogue
from trainer.workspace import Workspace


def test_weak_topics_first_then_fresh_topics_then_any(make_problem: Callable[..., Path],
                                                      workspace: Workspace) -> None:
    for slug, topic, difficulty in [("a1", "arrays", "easy"), ("a2", "arrays", "medium"),
                                    ("g1", "graphs", "hard"), ("t1", "trees", "medium")]:
        make_problem(slug, topic=topic, difficulty=difficulty)
    problems = load_catalogue(workspace.problems).problems
    order = ["graphs", "trees", "arrays"]

    def pick(count: int, suggestions: dict[str, str | None]) -> list[str]:
        return [p.slug for p in pick_problems(problems, order, suggestions, count)]

    assert pick(2, {"graphs": "g1", "trees": "t1", "arrays": "a1"}) == ["g1", "t1"]
    assert pick(2, {"graphs": None, "trees": "t1", "arrays": None}) == ["t1", "a1"]
    assert pick(4, {}) == ["a1", "t1", "g1", "a2"]
    assert pick(9, {}) == ["a1", "t1", "g1", "a2"]


class Script:
    """A fake keyboard and clock: each wait for a line takes a second."""

    def __init__(self, lines: list[str | None]) -> None:
        self.lines = lines
        self.now = 0.0
        self.ticks: list[float] = []

    def next_line(self, timeout: float) -> str | None:
        self.now += timeout
        return self.lines.pop(0) if self.lines else None


@pytest.mark.parametrize(("lines", "how", "elapsed"), [
    ([None, "x\n", "G\n"], "asked", 3.0),
    ([None, ""], "eof", 2.0),
    ([], "time", 5.0),
])
def test_wait_ends_on_request_end_of_input_or_time(lines: list[str | None], how: str,
                                                   elapsed: float) -> None:
    script = Script(lines)
    assert wait(5.0, script.next_line, clock=lambda: script.now,
                tick=script.ticks.append) == how
    assert script.now == elapsed
    assert script.ticks[0] == 5.0 and len(script.ticks) == int(elapsed)


@pytest.fixture
def two_problems(with_problems: Callable[..., Workspace]) -> Workspace:
    return with_problems("two-sum", "contains-duplicate")


def test_without_a_keyboard_it_shows_the_problems_and_the_deadline(
        two_problems: Workspace) -> None:
    (two_problems.solutions / "two_sum.py").write_text("# my earlier work\n")
    result = trainer("mock", "--minutes", "30")
    assert result.returncode == 0, result.stderr
    assert "Mock interview: 2 problems in 30 minutes, until 09:30." in result.stdout
    assert "Two Sum [two-sum]" in result.stdout
    assert "Contains Duplicate [contains-duplicate]" in result.stdout
    assert "before 09:30" in result.stdout
    assert "def two_sum(" in (two_problems.solutions / "two_sum.py").read_text()
    backups = list(two_problems.solutions.glob("two_sum.*.bak"))
    assert [b.read_text() for b in backups] == ["# my earlier work\n"]
    assert trainer("history", "export").stdout == ""


def test_with_stdin_closed_it_does_not_wait(two_problems: Workspace) -> None:
    env = {**os.environ, "TRAINER_NOW": "2026-03-01T09:00:00+00:00"}
    result = subprocess.run(["sh", "-c", f'exec "{TRAINER}" mock --problems 1 <&-'],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "No keyboard" in result.stdout and "before 09:45" in result.stdout


def test_a_whole_interview_graded_on_request(two_problems: Workspace, tmp_path: Path) -> None:
    env = {**os.environ, "TRAINER_NOW": "2026-03-01T09:00:00+00:00"}
    errors = tmp_path / "mock.stderr"
    with errors.open("w") as stderr, subprocess.Popen(
            [str(TRAINER), "mock", "--minutes", "5"], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=stderr, text=True, env=env) as process:
        try:
            output = Output(process)
            # Printed once both stubs are written: the solution saved next replaces one.
            output.wait_for("The clock is running")
            save_by_rename(two_problems.solutions / "two_sum.py", CORRECT_TWO_SUM)
            assert process.stdin is not None
            process.stdin.write("g\n")
            process.stdin.flush()
            assert process.wait(timeout=120) == 1  # one problem not attempted
            output.drain()
        finally:
            if process.poll() is None:
                process.kill()
    assert errors.read_text() == ""
    assert "Grading now." in output.text and "Solved 1 of 2." in output.text
    assert "PASSED" in output.text and "NOT ATTEMPTED" in output.text
    exported = [json.loads(line) for line in trainer("history", "export").stdout.splitlines()]
    assert [(row["slug"], row["verdict"]) for row in exported] == [("two-sum", "passed")]
