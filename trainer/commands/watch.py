from __future__ import annotations

import sys
from pathlib import Path

import click

from trainer.commands.support import complete_slugs, workspace_catalogue


@click.command("watch")
@click.argument("slug", required=False, shell_complete=complete_slugs)
@click.option("--file", "file", type=click.Path(path_type=Path, dir_okay=False),
              help="Watch this file instead of solutions/<slug>.py.")
@click.option("--no-record", is_flag=True, help="Do not store the attempts in the history.")
def command(slug: str | None, file: Path | None, no_record: bool) -> None:
    """Grade a solution now, then again every time you save it; Ctrl-C stops.

    Without SLUG, the problem last given by `next` or `start`. Each grading prints what
    `trainer grade` prints and is recorded like it; an untouched stub is not graded."""
    from trainer.coach.attempt import WatchedSolution, solution_to_grade
    from trainer.coach.watch import watch_file
    from trainer.format import outcome_text

    workspace, catalogue = workspace_catalogue()
    problem, path = solution_to_grade(workspace, catalogue, slug, file)
    watched = WatchedSolution(workspace, problem, path, record=not no_record)
    shown = workspace.relative(path)
    on_terminal = sys.stdout.isatty()

    def grade_once() -> None:
        if on_terminal:
            click.clear()
        if watched.untouched():
            click.echo(f"{shown} is still the stub: write your solution and save.")
        else:
            click.echo(f"Grading {shown} ...")
            outcome = watched.grade().outcome
            click.echo(outcome_text(outcome, shown if file is not None else ""))
        click.echo(f"\nWatching {shown}: save to grade again, Ctrl-C to stop.")

    try:
        watch_file(path, grade_once)
    except KeyboardInterrupt:
        click.echo("\nStopped watching. Good work.")
