"""The learner's solution files: a stub written only where no file is, and an earlier file
set aside, never overwritten.

Every write here happens whole or not at all: a stub is written to a temporary file and
linked into place (which fails, rather than replaces, when a file appeared meanwhile); a
file set aside gets a name no other file has.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from trainer import clock
from trainer.errors import TrainerError
from trainer.workspace import Workspace

if TYPE_CHECKING:
    from trainer.problems.spec import Problem


@dataclass(frozen=True)
class Started:
    problem: Problem
    path: Path
    created: bool  # False: the file was there already and was left alone
    backup: Path | None = None  # where the previous file was set aside


def write_stub(workspace: Workspace, problem: Problem, force: bool = False) -> Started:
    """Write the stub unless the file exists. With force, the old file is kept as a backup
    beside it: a learner's work is never overwritten."""
    from trainer.problems.render import render_stub

    path = workspace.solution_path(problem.slug)
    if path.parent.exists() and not path.parent.is_dir():
        raise TrainerError(f"{path.parent} is a file, where your solutions folder should be: "
                           f"move it aside (mv {path.parent} {path.parent}.old) and try again")
    if path.is_dir():
        raise TrainerError(f"{path} is a folder, where {problem.slug}'s solution file should "
                           "be: move it aside and try again")
    stub = render_stub(problem)
    backup = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_file() and path.stat().st_size == 0:
            # Empty: no work to keep (a stub written whole is never empty, so this one was
            # cut short, or emptied): the stub goes in its place.
            replace_whole(path, stub)
            return Started(problem, path, created=True)
        if path.exists():
            if not force:
                return Started(problem, path, created=False)
            stamp = clock.now().strftime("%Y%m%d-%H%M%S")
            backup = set_aside(path, path.parent, f"{path.stem}.{stamp}", ".py.bak")
        created = write_new(path, stub)
    except OSError as error:
        if backup is not None and not path.exists():  # put the learner's file back
            with contextlib.suppress(OSError):
                os.replace(backup, path)
                backup = None
        kept = f"; your previous file is kept as {backup}" if backup else \
            "; nothing of yours was changed"
        raise TrainerError(f"cannot write {path}: {error.strerror or error}{kept}. "
                           "Free some space or make the folder writable, and try "
                           "again") from None
    return Started(problem, path, created=created, backup=backup)


def set_aside(path: Path, folder: Path, stem: str, suffix: str) -> Path:
    """Move `path` to folder/stem+suffix, or stem.2+suffix, stem.3+suffix, ... whichever
    is free: a file set aside never replaces another."""
    folder.mkdir(parents=True, exist_ok=True)
    number = 1
    while True:
        target = folder / f"{stem}{'' if number == 1 else f'.{number}'}{suffix}"
        try:  # claim the name first: two trainers at once never pick the same one
            os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
        except FileExistsError:
            number += 1
            continue
        os.replace(path, target)
        return target


def replace_whole(path: Path, text: str) -> None:
    """Replace `path` with `text`, written beside it first: never half written."""
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.",
                                       suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(partial)
        raise


def write_new(path: Path, text: str) -> bool:
    """Write `text` to `path` whole, only if no file is there; False when one was. A kill
    midway leaves no half-written file at `path`."""
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.",
                                       suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        try:
            os.link(partial, path)  # unlike a rename, fails when path exists
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links: exclusive create instead
            try:
                with open(path, "x", encoding="utf-8") as stream:
                    stream.write(text)
            except FileExistsError:
                return False
        return True
    finally:
        os.unlink(partial)
