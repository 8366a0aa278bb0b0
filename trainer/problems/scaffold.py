"""A new problem's folder, ready to be filled in: `trainer new SLUG`.

Every placeholder of problem.yaml carries a `!FILL` tag, which the spec loader refuses
with the placeholder's line, so a scaffold cannot be served to learners or pass
`trainer validate` until its author has replaced them all.
"""

from __future__ import annotations

import keyword
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from trainer.errors import TrainerError
from trainer.problems.vocabulary import REFERENCE_FILE, SLUG, SPEC_FILE

PLACEHOLDER_TAG = "!FILL"
WRONG_EXAMPLE = "wrong/todo_mistake.py"
TEMPLATES = {  # file in the problem's folder -> template
    SPEC_FILE: "scaffold/problem.yaml.j2",
    REFERENCE_FILE: "scaffold/reference.py.j2",
    WRONG_EXAMPLE: "scaffold/wrong.py.j2",
}


@dataclass(frozen=True)
class Scaffold:
    folder: Path
    files: tuple[Path, ...]


def entry_name(slug: str) -> str:
    """`two-sum` -> `two_sum`; a prefix where the slug is not a Python name (`3sum`)."""
    name = slug.replace("-", "_")
    return name if name.isidentifier() and not keyword.iskeyword(name) else f"solve_{name}"


def render_scaffold(slug: str, topics: list[str] | None = None) -> dict[str, str]:
    from trainer.problems.render import environment

    values = {"slug": slug, "entry": entry_name(slug), "topics": topics or [],
              "title": slug.replace("-", " ").capitalize()}
    return {name: environment().get_template(template).render(**values)
            for name, template in TEMPLATES.items()}


def scaffold_problem(problems_dir: Path, slug: str, topics: list[str] | None = None) -> Scaffold:
    """Write problems/SLUG/ whole or not at all: built in a hidden folder (which the
    catalogue skips), then renamed into place. `topics`: the workspace's, listed as a
    guide in problem.yaml."""
    if not SLUG.match(slug):
        raise TrainerError(f"{slug!r} is not a slug: lowercase letters and digits, words "
                           "joined by - (for example two-sum)")
    folder = problems_dir / slug
    if folder.exists():
        raise TrainerError(f"{folder} already exists; trainer new never writes over a "
                           "problem. Choose another slug, or edit that one")
    partial = problems_dir / f".{slug}.{os.getpid()}.new"
    try:
        for name, text in render_scaffold(slug, topics).items():
            path = partial / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        os.rename(partial, folder)
    except OSError as error:
        raise TrainerError(f"cannot write {folder}: {error.strerror}") from None
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    return Scaffold(folder, tuple(folder / name for name in TEMPLATES))
