"""`trainer new`: a scaffold that guides its author and cannot pass until it is filled in."""

from __future__ import annotations

import re
import shutil

import pytest

from tests.conftest import PROBLEMS
from tests.helpers import said, trainer
from trainer.problems.scaffold import PLACEHOLDER_TAG, entry_name, render_scaffold, scaffold_problem
from trainer.problems.spec import load_problem
from trainer.workspace import Workspace


def test_new_writes_a_commented_scaffold(workspace: Workspace) -> None:
    result = trainer("new", "pair-sum")
    assert result.returncode == 0, result.stderr
    folder = workspace.problems / "pair-sum"
    assert sorted(str(p.relative_to(folder)) for p in folder.rglob("*.py")) == [
        "reference.py", "wrong/todo_mistake.py"]
    spec = (folder / "problem.yaml").read_text()
    assert "slug: pair-sum\n" in spec and "entry: pair_sum\n" in spec
    comments = [line for line in spec.splitlines() if line.lstrip().startswith("#")]
    assert len(comments) > 30
    assert "def pair_sum(nums: list[int]) -> int:" in (folder / "reference.py").read_text()
    assert "trainer validate pair-sum" in result.stdout
    assert [p.name for p in workspace.problems.iterdir()] == ["pair-sum"]  # nothing partial


def test_validate_points_at_the_first_placeholder(workspace: Workspace) -> None:
    assert trainer("new", "pair-sum").returncode == 0
    result = trainer("validate", "pair-sum")
    assert result.returncode == 2
    assert "Traceback" not in said(result.stderr)
    where = re.search(r"problems/pair-sum/problem\.yaml:(\d+): .*!FILL", said(result.stderr))
    assert where, result.stderr
    lines = (workspace.problems / "pair-sum" / "problem.yaml").read_text().splitlines()
    flagged = lines[int(where.group(1)) - 1]
    assert flagged.startswith("title: !FILL")
    assert lines[int(where.group(1)) - 2].startswith("#")  # the comment that explains it


def test_a_placeholder_left_anywhere_still_fails(workspace: Workspace) -> None:
    folder = scaffold_problem(workspace.problems, "pair-sum").folder
    spec = folder / "problem.yaml"
    text = spec.read_text()
    last = text.rindex(PLACEHOLDER_TAG)
    spec.write_text(text[:last].replace(f"{PLACEHOLDER_TAG} ", "") + text[last:])
    result = trainer("validate", "pair-sum")
    assert result.returncode == 2
    where = re.search(r"problem\.yaml:(\d+):", said(result.stderr))
    assert where and int(where.group(1)) == text[:last].count("\n") + 1


def test_the_placeholders_are_valid_values(workspace: Workspace) -> None:
    """With every tag removed, the spec loads and the reference says what is left to do."""
    from trainer.grading.validate import validate_problem

    folder = scaffold_problem(workspace.problems, "pair-sum").folder
    spec = folder / "problem.yaml"
    spec.write_text(spec.read_text().replace(f"{PLACEHOLDER_TAG} ", ""))
    problem = load_problem(folder)
    assert (problem.entry, problem.judge, problem.difficulty) == ("pair_sum", "exact", "easy")
    assert len(problem.examples) == 2 and len(problem.hints) == 2
    checks = {check.name: check for check in validate_problem(problem)}
    assert "slow/" in checks["spec complete"].detail
    example = checks[f"example 1 (line {problem.examples[0].line})"]
    assert not example.ok and "TODO: write the reference solution" in example.detail
    assert not checks["reference passes"].ok


@pytest.mark.parametrize(("slug", "message"), [
    ("Pair_Sum", "is not a slug"),
    ("pair-sum-", "is not a slug"),
    ("two-sum", "already exists"),
])
def test_new_refuses_a_bad_slug_or_an_existing_folder(workspace: Workspace, slug: str,
                                                      message: str) -> None:
    shutil.copytree(PROBLEMS / "two-sum",
                    workspace.problems / "two-sum")
    before = sorted(p.name for p in workspace.problems.iterdir())
    result = trainer("new", slug)
    assert result.returncode == 2 and message in said(result.stderr)
    assert "Traceback" not in said(result.stderr)
    assert sorted(p.name for p in workspace.problems.iterdir()) == before


def test_the_workspace_topics_are_listed_for_the_author() -> None:
    spec = render_scaffold("pair-sum", ["graphs", "trees"])["problem.yaml"]
    assert "topics are:\n# graphs, trees.\ntopic: !FILL" in spec


def test_entry_names_are_python_names() -> None:
    assert entry_name("two-sum") == "two_sum"
    assert entry_name("3sum") == "solve_3sum"
    assert entry_name("class") == "solve_class"


@pytest.mark.parametrize("command", ["new", "watch", "solution", "report"])
def test_the_authoring_and_progress_commands_have_help(command: str) -> None:
    result = trainer(command, "--help")
    assert result.returncode == 0 and len(result.stdout.splitlines()) > 3
