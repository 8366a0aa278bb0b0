from __future__ import annotations

import sys

import click

from trainer.commands.support import warn_broken, workspace_catalogue
from trainer.errors import ExitCode


@click.command("mock")
@click.option("--minutes", type=click.IntRange(1, 600), default=45, show_default=True,
              help="The time you have.")
@click.option("--problems", "count", type=click.IntRange(1, 10), default=2, show_default=True,
              help="How many problems, each from a different weak topic.")
def command(minutes: int, count: int) -> int:
    """A timed mock interview: problems from your weakest topics, stubs written to
    solutions/ (earlier work kept as .bak), all graded when time is up or when you type
    g and Enter. Without a keyboard (stdin closed), it shows the problems and the
    deadline and leaves the grading to you.

    Exit status: 0 when every problem passed, 1 otherwise."""
    from trainer import clock
    from trainer.coach.mock import clock_minutes, grade_mock, start_mock, stdin_lines, wait
    from trainer.commands.browse import problem_text
    from trainer.format import VERDICT_TITLES

    workspace, catalogue = workspace_catalogue()
    warn_broken(catalogue)
    mock = start_mock(workspace, catalogue, clock.now(), minutes, count)
    many = len(mock.problems)
    click.secho(f"Mock interview: {many} problem{'s' * (many > 1)} in {minutes} "
                f"minute{'s' * (minutes > 1)}, until {mock.deadline:%H:%M}.", bold=True)
    for number, item in enumerate(mock.problems, 1):
        problem = item.problem
        click.echo("")
        problem_text(f"Problem {number} of {many}", problem,
                     f"Your file: {workspace.relative(item.path)}"
                     + (f" (earlier work kept as {workspace.relative(item.backup)})"
                        if item.backup else ""))
    stdin = sys.stdin
    if stdin is None or stdin.closed:
        click.echo(f"\nNo keyboard: grade each one with `trainer grade SLUG` before "
                   f"{mock.deadline:%H:%M}.")
        return ExitCode.OK
    click.echo("\nThe clock is running. Type g and Enter to be graded before time is up.")
    on_terminal = sys.stdout.isatty()

    def tick(left: float) -> None:
        if on_terminal:
            click.echo(f"\r  {clock_minutes(left)} left ", nl=False)

    how = wait(mock.seconds, stdin_lines(stdin), tick=tick)
    if how == "eof":
        click.echo(f"\nNo more input: grade each one with `trainer grade SLUG` before "
                   f"{mock.deadline:%H:%M}.")
        return ExitCode.OK
    click.echo("\nTime is up." if how == "time" else "\nGrading now.")
    results = grade_mock(workspace, mock)
    solved = sum(result.passed for result in results)
    click.secho(f"\nSolved {solved} of {len(results)}.", bold=True)
    width = max(len(result.slug) for result in results)
    for result in results:
        title = VERDICT_TITLES.get(result.verdict, result.verdict.replace("_", " ").upper())
        spent = ("" if result.time_spent is None else
                 f"{clock_minutes(result.time_spent.total_seconds())} to its last save")
        click.echo(f"  {result.slug:<{width}}  {title:<22} {spent}".rstrip())
    if solved < len(results):
        click.echo("Details: trainer grade SLUG. The failed ones come back for review.")
    return ExitCode.OK if solved == len(results) else ExitCode.FAILED
