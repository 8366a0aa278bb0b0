"""The real `trainer` command, run as a user runs it, in a temporary workspace."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from tests.helpers import CORRECT_TWO_SUM, TRAINER, WRONG_TWO_SUM, said, trainer
from trainer.workspace import Workspace


@pytest.fixture
def two_sum(with_problems: Callable[..., Workspace]) -> Workspace:
    return with_problems("two-sum", "contains-duplicate")


def test_a_day_of_practice(two_sum: Workspace) -> None:
    started = trainer("start", "two-sum")
    assert started.returncode == 0, started.stderr
    stub = two_sum.solutions / "two_sum.py"
    assert "def two_sum(nums: list[int], target: int) -> list[int]:" in stub.read_text()

    untouched = trainer("grade", "--json")
    assert untouched.returncode == 1
    result = json.loads(untouched.stdout)
    assert result["verdict"] == "runtime_error"
    assert "NotImplementedError" in result["counterexample"]["error"]

    stub.write_text(WRONG_TWO_SUM)
    wrong = trainer("grade", "two-sum", "--json")
    assert wrong.returncode == 1
    result = json.loads(wrong.stdout)
    assert result["verdict"] == "wrong_answer" and result["passed"] is False
    assert set(result) >= {"slug", "verdict", "passed", "cases", "seed", "elapsed_s",
                           "counterexample"}
    assert {"input", "expected", "got"} <= set(result["counterexample"])

    stub.write_text(CORRECT_TWO_SUM)
    right = trainer("grade", "two-sum", "--json")
    assert right.returncode == 0, right.stdout
    result = json.loads(right.stdout)
    assert result["verdict"] == "passed" and result["cases"] >= 200


def test_a_failed_problem_comes_back_the_next_day(two_sum: Workspace) -> None:
    trainer("start", "two-sum")
    (two_sum.solutions / "two_sum.py").write_text(WRONG_TWO_SUM)
    assert trainer("grade", "--json").returncode == 1
    tomorrow = trainer("next", "--json", now="2026-03-02T08:00:00+00:00")
    assert tomorrow.returncode == 0, tomorrow.stderr
    choice = json.loads(tomorrow.stdout)
    assert (choice["slug"], choice["reason"]) == ("two-sum", "review")
    assert choice["path"] == "solutions/two_sum.py"


def test_next_writes_a_stub_and_keeps_existing_work(two_sum: Workspace) -> None:
    first = trainer("next", "--json")
    assert first.returncode == 0, first.stderr
    choice = json.loads(first.stdout)
    assert set(choice) >= {"slug", "title", "topic", "difficulty", "reason", "path"}
    path = two_sum.root / choice["path"]
    path.write_text("# my work\n")
    again = json.loads(trainer("next", "--json").stdout)
    assert again["slug"] == choice["slug"]
    assert path.read_text() == "# my work\n"
    forced = trainer("start", choice["slug"], "--force")
    assert forced.returncode == 0 and "Kept your previous file" in forced.stdout
    backups = list(two_sum.solutions.glob("*.bak"))
    assert [b.read_text() for b in backups] == ["# my work\n"]


def test_grade_a_file_elsewhere_and_replay_a_seed(two_sum: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "attempt.py"
    path.write_text(WRONG_TWO_SUM)
    first = json.loads(trainer("grade", "two-sum", "--file", str(path), "--json",
                               "--seed", "5").stdout)
    second = json.loads(trainer("grade", "two-sum", "--file", str(path), "--json",
                                "--seed", "5", "--no-record").stdout)
    assert first["counterexample"] == second["counterexample"]
    assert first["seed"] == second["seed"] == 5


def test_list_and_show(two_sum: Workspace) -> None:
    listed = json.loads(trainer("list", "--json").stdout)
    assert {row["slug"] for row in listed} == {"two-sum", "contains-duplicate"}
    assert set(listed[0]) >= {"slug", "title", "topic", "difficulty", "entry", "judge"}
    shown = trainer("show", "two-sum")
    assert shown.returncode == 0 and "Two Sum" in shown.stdout


@pytest.mark.parametrize(("args", "message"), [
    (("show", "two-sun"), "did you mean two-sum"),
    (("grade",), "no current problem"),
    (("grade", "contains-duplicate"), "trainer start contains-duplicate"),
    (("next", "--topic", "astrology"), "no topic 'astrology'"),
])
def test_user_mistakes_exit_2_with_a_sentence(two_sum: Workspace, args: tuple[str, ...],
                                              message: str) -> None:
    result = trainer(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_outside_a_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRAINER_WORKSPACE")
    result = trainer("list", cwd=tmp_path)
    assert result.returncode == 2 and "no trainer workspace" in result.stderr


def test_a_corrupt_history_is_reported_not_replaced(two_sum: Workspace) -> None:
    two_sum.state.mkdir()
    two_sum.history_db.write_bytes(b"garbage" * 1000)
    result = trainer("next")
    assert result.returncode == 2 and "move it aside" in said(result.stderr)
    assert two_sum.history_db.read_bytes() == b"garbage" * 1000


def test_a_broken_spec_is_named_and_skipped(two_sum: Workspace) -> None:
    (two_sum.problems / "contains-duplicate" / "problem.yaml").write_text("slug: [\n")
    result = trainer("list", "--json")
    assert result.returncode == 0
    assert [row["slug"] for row in json.loads(result.stdout)] == ["two-sum"]
    assert re.search(r"contains-duplicate/problem\.yaml:\d+: invalid YAML", result.stderr)


COMMANDS = ["next", "start", "grade", "review", "stats", "list", "show", "hint", "validate",
            "history", "history export", "history import", "new", "watch", "solution", "skip",
            "report", "mock", "interview", "interview add", "interview list",
            "interview remove", "plan", "run", "case", "case add", "case list", "case remove"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = trainer(*command.split(), "--help")
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) > 3


def test_the_top_level_help_lists_every_command_with_its_short_help() -> None:
    import click
    from click.testing import CliRunner

    from trainer.cli import main
    from trainer.commands import COMMANDS, load_command

    assert sorted(COMMANDS) == sorted({c.split()[0] for c in globals()["COMMANDS"]})
    eager = click.Group("trainer", commands={name: load_command(name) for name in COMMANDS})
    runner = CliRunner()
    lazy_help = runner.invoke(main, ["--help"], terminal_width=80).output
    eager_help = runner.invoke(eager, ["--help"], terminal_width=80).output
    listed = lazy_help.split("Commands:\n", 1)[1]
    assert listed == eager_help.split("Commands:\n", 1)[1]
    assert [line.split()[0] for line in listed.splitlines()] == sorted(COMMANDS)
    assert all(load_command(name).name == name for name in COMMANDS)


def test_shell_completion_offers_the_command_names() -> None:
    env = {**os.environ, "_TRAINER_COMPLETE": "bash_complete", "COMP_WORDS": "trainer st",
           "COMP_CWORD": "1"}
    result = subprocess.run([str(TRAINER)], capture_output=True, text=True, env=env,
                            timeout=60)
    assert result.stdout.split() == ["plain,start", "plain,stats"]


def test_a_command_imports_only_its_own_module(two_sum: Workspace) -> None:
    probe = (
        "import sys\n"
        "from trainer.cli import main\n"
        "sys.argv = ['trainer', 'list']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('LOADED', sorted(m for m in sys.modules if m.startswith('trainer.commands.')\n"
        "                       and m != 'trainer.commands.support'))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            env={**os.environ}, timeout=60)
    assert "LOADED ['trainer.commands.browse']" in result.stdout, result.stdout + result.stderr


@pytest.mark.parametrize("command", ["next", "list", "show two-sum", "review", "stats", "plan"])
def test_the_fast_path_imports_neither_pytest_nor_hypothesis(two_sum: Workspace,
                                                             command: str) -> None:
    assert_light(command)


@pytest.mark.parametrize("command", ["next", "review", "plan"])
def test_the_fast_path_stays_light_with_interviews_logged(two_sum: Workspace,
                                                          command: str) -> None:
    for outcome, day in (("failed", "2026-02-27"), ("upcoming", "2026-03-05")):
        added = trainer("interview", "add", "--date", day, "--outcome", outcome,
                        "--topics", "arrays-hashing")
        assert added.returncode == 0, added.stderr
    assert_light(command)


def assert_light(command: str) -> None:
    probe = (
        "import sys\n"
        "from trainer.cli import main\n"
        f"sys.argv = ['trainer', *{command.split()!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('LOADED', 'pytest' in sys.modules, 'hypothesis' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            env={**os.environ}, timeout=60)
    assert "LOADED False False" in result.stdout, result.stdout + result.stderr


def test_next_in_a_fresh_workspace_writes_a_stub(two_sum: Workspace) -> None:
    result = trainer("next")
    assert result.returncode == 0
    assert "Wrote solutions/" in result.stdout


def test_a_hint_makes_the_next_pass_hard(two_sum: Workspace) -> None:
    trainer("start", "two-sum")
    first = trainer("hint")
    assert first.returncode == 0 and first.stdout.startswith("Hint 1 of")
    (two_sum.solutions / "two_sum.py").write_text(CORRECT_TWO_SUM)
    assert trainer("grade").returncode == 0
    exported = [json.loads(line) for line in trainer("history", "export").stdout.splitlines()]
    attempts = [row for row in exported if row["kind"] == "attempt"]
    assert [(a["verdict"], a["rating"], a["hints"]) for a in attempts] == [("passed", 2, 1)]


def test_history_round_trips_through_a_backup(two_sum: Workspace, tmp_path: Path) -> None:
    trainer("start", "two-sum")
    (two_sum.solutions / "two_sum.py").write_text(WRONG_TWO_SUM)
    trainer("grade")
    backup = tmp_path / "backup.jsonl"
    assert trainer("history", "export", "-o", str(backup)).returncode == 0
    shutil.rmtree(two_sum.state)
    imported = trainer("history", "import", str(backup))
    assert imported.returncode == 0 and "Imported 1 attempts" in imported.stdout
    again = trainer("history", "import", str(backup))
    assert "Imported 0 attempts and 0 hints" in again.stdout
    tomorrow = json.loads(trainer("next", "--json", now="2026-03-02T08:00:00+00:00").stdout)
    assert (tomorrow["slug"], tomorrow["reason"]) == ("two-sum", "review")


@pytest.mark.parametrize("command", ["review", "stats", "list", "show two-sum", "next"])
def test_json_outputs_parse(two_sum: Workspace, command: str) -> None:
    trainer("start", "two-sum")
    trainer("grade")
    result = trainer(*command.split(), "--json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data


def test_shell_completion_offers_slugs(two_sum: Workspace) -> None:
    env = {**os.environ, "COMP_WORDS": "trainer show two", "COMP_CWORD": "2",
           "_TRAINER_COMPLETE": "bash_complete"}
    result = subprocess.run([str(TRAINER)], capture_output=True, text=True, env=env, timeout=60)
    assert result.stdout.split() == ["plain,two-sum"]


def test_open_uses_the_learners_editor(two_sum: Workspace, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    editor = tmp_path / "editor.sh"
    editor.write_text('#!/bin/sh\necho "# opened" >> "$1"\n')
    editor.chmod(0o755)
    monkeypatch.setenv("EDITOR", str(editor))
    monkeypatch.delenv("VISUAL", raising=False)
    assert trainer("start", "two-sum", "--open").returncode == 0
    assert (two_sum.solutions / "two_sum.py").read_text().endswith("# opened\n")
    monkeypatch.delenv("EDITOR")
    refused = trainer("start", "two-sum", "--open")
    assert refused.returncode == 2 and "set $EDITOR" in refused.stderr


def test_a_long_wrong_answer_says_where_it_differs(with_problems: Callable[..., Workspace],
                                                   tmp_path: Path) -> None:
    with_problems("merge-sort")
    path = tmp_path / "almost.py"
    path.write_text("def merge_sort(nums):\n"
                    "    out = []\n"
                    "    rest = list(nums)\n"
                    "    while rest:\n"
                    "        out.append(rest.pop(rest.index(min(rest))))\n"
                    "    if len(out) > 30:\n"
                    "        out[17] += 1\n"
                    "    return out\n")
    result = json.loads(trainer("grade", "merge-sort", "--file", str(path), "--json",
                                "--seed", "1").stdout)
    assert result["verdict"] == "wrong_answer"
    assert result["counterexample"]["difference"].startswith("at index 17:")


def test_validate_names_a_broken_spec_once(make_problem: Callable[..., Path]) -> None:
    make_problem("broken", spec="slug: broken\ntitle: [\n")
    result = trainer("validate", "broken")
    assert result.returncode == 2
    assert result.stdout == ""
    assert said(result.stderr).count("problem.yaml:3: invalid YAML") == 1, result.stderr


def _grade_text(workspace: Workspace, text: str, now: str, *args: str) -> int:
    (workspace.solutions / "two_sum.py").write_text(text)
    return trainer("grade", "two-sum", *args, now=now).returncode


def test_a_sitting_of_six_gradings_is_one_review_and_clean_passes_space_out(
        two_sum: Workspace) -> None:
    """Six gradings on day 1 (the stub, two bugs, a replay, the same file again, a pass)
    are one review; clean passes on days 2, 5 and 12 then push the due day ever further."""
    from trainer.store.history import History

    trainer("start", "two-sum")
    day1 = "2026-03-01T09:00:00+00:00"
    assert trainer("grade", "two-sum", now=day1).returncode == 1  # the untouched stub
    assert _grade_text(two_sum, WRONG_TWO_SUM, day1) == 1
    assert _grade_text(two_sum, WRONG_TWO_SUM + "\n# still wrong\n", day1) == 1
    assert _grade_text(two_sum, WRONG_TWO_SUM + "\n# still wrong\n", day1, "--seed", "3") == 1
    assert _grade_text(two_sum, CORRECT_TWO_SUM, day1) == 0
    assert _grade_text(two_sum, CORRECT_TWO_SUM, day1) == 0  # the same file again
    gaps = []
    for number, day in enumerate(("2026-03-02", "2026-03-05", "2026-03-12")):
        now = f"{day}T09:00:00+00:00"
        assert _grade_text(two_sum, CORRECT_TWO_SUM + f"\n# day {number}\n", now) == 0
        with History(two_sum.history_db) as history:
            due = history.due_days()["two-sum"]
        gaps.append((date.fromisoformat(due) - date.fromisoformat(day)).days)
    with History(two_sum.history_db) as history:
        counted = history.attempts("two-sum", counted=True)
        everything = history.attempts("two-sum")
        totals = history.summaries()["two-sum"]
    assert len(everything) == 9 and len(counted) == 6, [a.verdict for a in everything]
    assert totals["attempts"] == 6 and totals["passes"] == 4
    assert gaps == sorted(gaps) and gaps[0] < gaps[-1], f"days until due: {gaps}"


def test_a_review_day_writes_a_fresh_stub_and_keeps_the_old_file(two_sum: Workspace) -> None:
    trainer("start", "two-sum")
    assert _grade_text(two_sum, WRONG_TWO_SUM, "2026-03-01T09:00:00+00:00") == 1
    tomorrow = trainer("next", "--json", now="2026-03-02T08:00:00+00:00")
    assert json.loads(tomorrow.stdout)["reason"] == "review"
    kept = two_sum.solutions / ".attempts" / "two_sum.2026-03-01.py"
    assert kept.read_text() == WRONG_TWO_SUM
    assert "NotImplementedError" in (two_sum.solutions / "two_sum.py").read_text()


def test_next_after_a_passed_retry_gives_another_problem(two_sum: Workspace) -> None:
    trainer("start", "two-sum")
    assert _grade_text(two_sum, WRONG_TWO_SUM, "2026-03-01T09:00:00+00:00") == 1
    day2 = "2026-03-02T08:00:00+00:00"
    assert json.loads(trainer("next", "--json", now=day2).stdout)["slug"] == "two-sum"
    assert _grade_text(two_sum, CORRECT_TWO_SUM, day2) == 0
    after = trainer("next", "--json", now=day2)
    assert json.loads(after.stdout)["slug"] == "contains-duplicate", after.stdout


def test_skip_defers_todays_problem_without_a_failure(two_sum: Workspace) -> None:
    from trainer.store.history import History

    first = json.loads(trainer("next", "--json").stdout)["slug"]
    skipped = trainer("skip")
    assert skipped.returncode == 0 and first in skipped.stdout
    second = json.loads(trainer("next", "--json").stdout)["slug"]
    assert second != first
    with History(two_sum.history_db) as history:
        assert history.attempts() == []  # a skip is no failed attempt
