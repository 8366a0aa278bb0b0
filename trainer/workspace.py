"""Finding the workspace and the paths inside it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from trainer.errors import WorkspaceError

WORKSPACE_VARIABLE = "TRAINER_WORKSPACE"


@dataclass(frozen=True)
class Workspace:
    root: Path

    @property
    def problems(self) -> Path:
        return self.root / "problems"

    @property
    def solutions(self) -> Path:
        return self.root / "solutions"

    @property
    def state(self) -> Path:
        """Private state: the history database. Git-ignored."""
        return self.root / ".trainer"

    @property
    def history_db(self) -> Path:
        return self.state / "history.sqlite3"

    @property
    def catalogue_cache(self) -> Path:
        """The index of the problems, rebuilt from the specs whenever it is stale."""
        return self.state / "cache" / "catalogue.marshal"

    @property
    def failed_inputs(self) -> Path:
        """Where a failing input too large to show is saved, for the learner to open."""
        return self.state / "failed-inputs"

    def solution_path(self, slug: str) -> Path:
        """`two-sum` -> solutions/two_sum.py: a module name Python can import."""
        return self.solutions / f"{slug.replace('-', '_')}.py"

    def relative(self, path: Path) -> str:
        """A path as the user would type it from the workspace root."""
        try:
            return str(path.resolve().relative_to(self.root.resolve()))
        except ValueError:
            return str(path)


def find_workspace(start: Path | None = None) -> Workspace:
    """TRAINER_WORKSPACE, else the nearest folder at or above `start` that has problems/."""
    configured = os.environ.get(WORKSPACE_VARIABLE)
    if configured:
        root = Path(configured).expanduser()
        if not root.is_dir():
            raise WorkspaceError(
                f"{WORKSPACE_VARIABLE}={configured}: no such folder; set it to the folder "
                "that holds problems/ and solutions/, or unset it to use the current folder"
            )
        if not (root / "problems").is_dir():
            raise WorkspaceError(
                f"{WORKSPACE_VARIABLE}={configured} has no problems/ folder; "
                "point it at a trainer checkout"
            )
        return Workspace(root.resolve())
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "problems").is_dir():
            return Workspace(folder)
    raise WorkspaceError(
        f"no trainer workspace at or above {here}: run trainer inside a checkout "
        f"(a folder with problems/), or set {WORKSPACE_VARIABLE}"
    )
