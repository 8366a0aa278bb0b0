"""Every test runs in its own temporary workspace with a fixed clock."""

from __future__ import annotations

import os
import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

from tests.helpers import MINIMAL_REFERENCE, MINIMAL_SPEC
from trainer.workspace import Workspace

REPO = Path(__file__).resolve().parents[1]
PROBLEMS = REPO / "problems"
NOW = "2026-03-01T09:00:00+00:00"

settings.register_profile("default", deadline=None)
settings.register_profile("ci", deadline=None, max_examples=200)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real home or workspace: a test that forgets to pick a
    workspace finds none."""
    monkeypatch.setenv("TRAINER_NOW", NOW)
    monkeypatch.setenv("TRAINER_WORKSPACE", str(tmp_path / "no-workspace-chosen"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("NO_COLOR", "1")


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    """An empty workspace (problems/ and solutions/), chosen through TRAINER_WORKSPACE."""
    root = tmp_path / "ws"
    (root / "problems").mkdir(parents=True)
    (root / "solutions").mkdir()
    monkeypatch.setenv("TRAINER_WORKSPACE", str(root))
    return Workspace(root)


@pytest.fixture
def with_problems(workspace: Workspace) -> Callable[..., Workspace]:
    """Copy real problems from the repository into the workspace."""

    def copy(*slugs: str) -> Workspace:
        for slug in slugs:
            shutil.copytree(PROBLEMS / slug, workspace.problems / slug)
        return workspace

    return copy


@pytest.fixture
def make_problem(workspace: Workspace) -> Callable[..., Path]:
    """A small valid problem; keyword arguments replace fields of its problem.yaml."""

    def make(slug: str, topic: str = "arrays-hashing", difficulty: str = "easy",
             spec: str | None = None) -> Path:
        folder = workspace.problems / slug
        (folder / "wrong").mkdir(parents=True)
        text = spec if spec is not None else MINIMAL_SPEC.format(
            slug=slug, title=slug.replace("-", " ").title(), topic=topic, difficulty=difficulty)
        (folder / "problem.yaml").write_text(textwrap.dedent(text))
        (folder / "reference.py").write_text(MINIMAL_REFERENCE)
        (folder / "wrong" / "off_by_one.py").write_text(
            "# wrong: adds one\ndef identity(x: int) -> int:\n    return x + 1\n")
        return folder

    return make
