"""What the commands share: the workspace and its catalogue, warnings, slug completion."""

from __future__ import annotations

import click

from trainer.errors import TrainerError
from trainer.problems.catalogue import Catalogue, load_catalogue
from trainer.workspace import Workspace, find_workspace


def workspace_catalogue() -> tuple[Workspace, Catalogue]:
    workspace = find_workspace()
    return workspace, load_catalogue(workspace.problems, cache_file=workspace.catalogue_cache)


def warn_broken(catalogue: Catalogue) -> None:
    """Broken specs never stop a command; they are named on stderr."""
    for error in catalogue.errors:
        click.secho(f"warning: skipped a broken problem: {error}", fg="yellow", err=True)


def complete_slugs(context: click.Context, parameter: click.Parameter,
                   incomplete: str) -> list[str]:
    """Shell completion for problem slugs: the workspace's problem folders."""
    try:
        folders = find_workspace().problems.iterdir()
    except (TrainerError, OSError):
        return []
    return sorted(f.name for f in folders if f.is_dir() and f.name.startswith(incomplete))


def topic_names() -> list[str]:
    """The workspace's topics, for shell completion ([] outside a workspace)."""
    try:
        _, catalogue = workspace_catalogue()
    except (TrainerError, OSError):
        return []
    return catalogue.topics()


def complete_topic(context: click.Context, parameter: click.Parameter,
                   incomplete: str) -> list[str]:
    """Shell completion for one topic name."""
    return [topic for topic in topic_names() if topic.startswith(incomplete)]
