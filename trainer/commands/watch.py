from __future__ import annotations

import sys
from pathlib import Path

import click

from trainer.commands.support import complete_slugs, handle_errors, workspace_catalogue


@click.command("watch")
@click.argument("slug", required=False, shell_complete=complete_slugs)
@click.option("--file", "file", type=click.Path(path_type=Path, dir_okay=False),
              help="Watch this file instead of solutions/<slug>.py.")
@click.option("--no-record", is_flag=True, help="Do not store the attempts in the history.")
@handle_errors
def command(slug: str | None, file: Path | None, no_record: bool) -> None:
    """Grade a solution now, then again every time you save it; Ctrl-C stops.

    Without SLUG, the problem last given by `next` or `start`. Each grading prints what
    `trainer grade` prints and is recorded like it; an untouched stub is not graded."""
    from trainer.coach.practice import current_slug, record_attempt, solution_file
    from trainer.coach.watch import watch_file
    from trainer.format import outcome_text
    from trainer.grading.engine import grade
    from trainer.grading.reference import load_reference
    from trainer.problems.render import render_stub

    workspace, catalogue = workspace_catalogue()
    problem = catalogue.get(slug or current_slug(workspace))
    path = solution_file(workspace, problem, file)
    reference = load_reference(problem)
    shown = workspace.relative(path)
    stub = render_stub(problem)
    on_terminal = sys.stdout.isatty()

    def grade_once() -> None:
        if on_terminal:
            click.clear()
        try:
            untouched = path.read_text(encoding="utf-8") == stub
        except (OSError, UnicodeDecodeError):
            untouched = False  # the grader reports what is wrong with the file
        if untouched:
            click.echo(f"{shown} is still the stub: write your solution and save.")
        else:
            click.echo(f"Grading {shown} ...")
            outcome = grade(reference, path, inputs_dir=workspace.state / "failed-inputs")
            if not no_record:
                record_attempt(workspace, outcome, path)
            click.echo(outcome_text(outcome, shown if file is not None else ""))
        click.echo(f"\nWatching {shown}: save to grade again, Ctrl-C to stop.")

    try:
        watch_file(path, grade_once)
    except KeyboardInterrupt:
        click.echo("\nStopped watching. Good work.")
