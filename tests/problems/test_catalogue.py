"""The catalogue and its cache: the same problems with or without it, never stale."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import trainer.problems.catalogue
import trainer.problems.spec
from trainer.errors import SpecError
from trainer.problems.catalogue import Entry, load_catalogue
from trainer.problems.spec import load_problem
from trainer.workspace import Workspace


def cached(workspace: Workspace) -> Path:
    return workspace.state / "cache" / "catalogue.marshal"


def touch_later(path: Path) -> None:
    """A new modification time, even on a file system with coarse timestamps."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))


def test_a_cached_catalogue_equals_a_fresh_one(
    with_problems: Callable[..., Workspace],
) -> None:
    workspace = with_problems("two-sum", "min-stack", "insert-interval")
    first = load_catalogue(workspace.problems, cache_file=cached(workspace))
    assert cached(workspace).is_file()
    again = load_catalogue(workspace.problems, cache_file=cached(workspace))
    assert list(again.index) == list(first.index) == ["insert-interval", "min-stack", "two-sum"]
    for slug in first.index:
        problem = load_problem(workspace.problems / slug)
        assert again.get(slug) == problem == first.get(slug)
        entry = again.index[slug]
        assert isinstance(entry, Entry)
        assert (entry.slug, entry.title, entry.topic, entry.difficulty, entry.entry,
                entry.judge, entry.difficulty_rank) == (
            problem.slug, problem.title, problem.topic, problem.difficulty, problem.entry,
            problem.judge, problem.difficulty_rank)
    assert again.problems == first.problems


def test_an_edited_spec_is_read_again(
    workspace: Workspace, make_problem: Callable[..., Path],
) -> None:
    spec = make_problem("p") / "problem.yaml"
    load_catalogue(workspace.problems, cache_file=cached(workspace))
    spec.write_text(spec.read_text().replace("title: P", "title: Renamed"))
    touch_later(spec)
    catalogue = load_catalogue(workspace.problems, cache_file=cached(workspace))
    assert catalogue.index["p"].title == "Renamed"
    assert catalogue.get("p").title == "Renamed"


def test_a_broken_spec_warns_every_time_until_fixed(
    workspace: Workspace, make_problem: Callable[..., Path],
) -> None:
    make_problem("good")
    spec = make_problem("p") / "problem.yaml"
    good_text = spec.read_text()
    load_catalogue(workspace.problems, cache_file=cached(workspace))
    spec.write_text("slug: p\n")
    touch_later(spec)
    for _ in range(2):
        catalogue = load_catalogue(workspace.problems, cache_file=cached(workspace))
        assert list(catalogue.index) == ["good"]
        assert [error.path.parent.name for error in catalogue.errors] == ["p"]
        with pytest.raises(SpecError):
            catalogue.get("p")
    spec.write_text(good_text)
    touch_later(spec)
    catalogue = load_catalogue(workspace.problems, cache_file=cached(workspace))
    assert list(catalogue.index) == ["good", "p"] and not catalogue.errors


def test_a_removed_problem_leaves_the_catalogue(
    workspace: Workspace, make_problem: Callable[..., Path],
) -> None:
    make_problem("a")
    folder = make_problem("b")
    load_catalogue(workspace.problems, cache_file=cached(workspace))
    (folder / "problem.yaml").unlink()
    (folder / "reference.py").unlink()
    (folder / "wrong" / "off_by_one.py").unlink()
    (folder / "wrong").rmdir()
    folder.rmdir()
    catalogue = load_catalogue(workspace.problems, cache_file=cached(workspace))
    assert list(catalogue.index) == ["a"]


@pytest.mark.parametrize("content", [b"", b"not a cache", b"\x00" * 64])
def test_a_damaged_cache_is_rebuilt(
    workspace: Workspace, make_problem: Callable[..., Path], content: bytes,
) -> None:
    make_problem("p")
    cached(workspace).parent.mkdir(parents=True)
    cached(workspace).write_bytes(content)
    catalogue = load_catalogue(workspace.problems, cache_file=cached(workspace))
    assert catalogue.get("p").slug == "p"
    assert load_catalogue(workspace.problems, cache_file=cached(workspace)).get("p").slug == "p"


@pytest.mark.parametrize("command", ["list", "review", "stats"])
def test_the_everyday_commands_read_no_spec_from_a_warm_cache(
    with_problems: Callable[..., Workspace], command: str,
) -> None:
    with_problems("two-sum", "min-stack")
    probe = (
        "import sys\n"
        "from trainer.cli import main\n"
        f"sys.argv = ['trainer', {command!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('LOADED', sorted(m for m in ('yaml', 'pickle', 'trainer.problems.spec', 'fsrs')"
        " if m in sys.modules))\n"
    )
    run = [sys.executable, "-c", probe]
    subprocess.run(run, capture_output=True, env={**os.environ}, timeout=60, check=True)
    result = subprocess.run(run, capture_output=True, text=True, env={**os.environ}, timeout=60)
    assert "LOADED []" in result.stdout, result.stdout + result.stderr


def test_a_changed_problem_class_invalidates_the_cache(
    workspace: Workspace, make_problem: Callable[..., Path], monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_problem("p")
    load_catalogue(workspace.problems, cache_file=cached(workspace))
    reads: list[Path] = []
    monkeypatch.setattr(trainer.problems.spec, "load_problem",
                        lambda folder: reads.append(folder) or load_problem(folder))
    load_catalogue(workspace.problems, cache_file=cached(workspace))
    assert reads == []
    catalogue = trainer.problems.catalogue
    monkeypatch.setattr(catalogue, "CACHE_VERSION", catalogue.CACHE_VERSION + 1)
    load_catalogue(workspace.problems, cache_file=cached(workspace))
    assert reads == [workspace.problems / "p"]


def test_a_damaged_cached_problem_is_read_from_its_spec(
    workspace: Workspace, make_problem: Callable[..., Path],
) -> None:
    make_problem("p")
    load_catalogue(workspace.problems, cache_file=cached(workspace))
    version, entries = marshal.loads(cached(workspace).read_bytes())
    entries = {folder: (key, fields, b"not a pickle") for folder, (key, fields, _) in
               entries.items()}
    cached(workspace).write_bytes(marshal.dumps((version, entries)))
    catalogue = load_catalogue(workspace.problems, cache_file=cached(workspace))
    assert catalogue.get("p") == load_problem(workspace.problems / "p")
