"""What every command shares: error handling, the workspace, the problem catalogue."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click

from trainer.errors import ExitCode, TrainerError
from trainer.problems.catalogue import Catalogue, load_catalogue
from trainer.workspace import Workspace, find_workspace

F = TypeVar("F", bound=Callable[..., Any])


def handle_errors(command: F) -> F:
    """User errors print one line and exit 2; anything else is an internal error (3)."""

    @wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except TrainerError as error:
            click.secho(f"trainer: {error}", fg="red", err=True)
            sys.exit(int(error.exit_code))
        except KeyboardInterrupt:
            click.echo("\ntrainer: interrupted", err=True)
            sys.exit(int(ExitCode.INTERRUPTED))
        except BrokenPipeError:  # `trainer list | head`: the reader left; nothing to say
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(int(ExitCode.OK))
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as error:  # a bug in trainer itself: say so, briefly
            from trainer.crash import report_crash

            where = report_crash(error)
            click.secho(f"trainer: internal error: {type(error).__name__}: {error}",
                        fg="red", err=True)
            click.echo(f"The details were written to {where}; please report it.", err=True)
            sys.exit(int(ExitCode.INTERNAL))

    return run  # type: ignore[return-value]


def workspace_catalogue() -> tuple[Workspace, Catalogue]:
    workspace = find_workspace()
    return workspace, load_catalogue(workspace.problems,
                                     cache_file=workspace.state / "cache" / "catalogue.marshal")


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
