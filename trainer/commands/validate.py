from __future__ import annotations

import click

from trainer.commands.support import complete_slugs, workspace_catalogue
from trainer.errors import ExitCode


@click.command("validate")
@click.argument("slugs", nargs=-1, shell_complete=complete_slugs)
@click.option("--seed", type=int, default=0, show_default=True,
              help="Seed for the generated inputs, so a run can be replayed.")
@click.option("--runs", type=click.IntRange(1, 100), default=1, show_default=True,
              help="Validate with this many seeds in a row (seed, seed + 1, ...): a "
                   "verdict that flips on a busy machine shows up.")
@click.option("-v", "--verbose", is_flag=True, help="Show every check, not only failures.")
def command(slugs: tuple[str, ...], seed: int, runs: int, verbose: bool) -> int:
    """Prove problem specs: examples agree with the reference, the reference passes,
    every wrong/ solution is rejected and every slow/ one is too_slow.

    With no SLUG, every problem of the workspace."""
    from trainer.grading.validate import validate_problem

    workspace, catalogue = workspace_catalogue()
    if slugs:  # a broken one among them raises its own error, shown once
        problems = [catalogue.get(slug) for slug in slugs]
    else:
        for error in catalogue.errors:
            click.secho(f"error: {error}", fg="red")
        problems = list(catalogue.problems.values())
    failed = 0
    for problem in problems:
        click.echo(f"{problem.slug} ", nl=False)
        checks = [check for run in range(runs) for check in validate_problem(
            problem, seed=seed + run, inputs_dir=workspace.failed_inputs)]
        bad = [check for check in checks if not check.ok]
        failed += bool(bad)
        click.secho("ok" if not bad else "FAILED", fg="green" if not bad else "red")
        for check in checks:
            if verbose or not check.ok:
                mark = "  ok  " if check.ok else "  FAIL"
                click.echo(f"{mark} {check.name}" + (f": {check.detail}" if check.detail else ""))
    if catalogue.errors and not slugs:
        return ExitCode.USAGE
    click.echo(f"{len(problems) - failed} of {len(problems)} problems valid")
    return ExitCode.FAILED if failed else ExitCode.OK
