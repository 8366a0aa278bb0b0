from __future__ import annotations

import click

from trainer.commands.support import complete_slugs, workspace_catalogue
from trainer.errors import ExitCode
from trainer.problems.catalogue import remember_broken_reference


@click.command("validate")
@click.argument("slugs", nargs=-1, shell_complete=complete_slugs)
@click.option("--seed", type=int, default=0, show_default=True,
              help="Seed for the generated inputs, so a run can be replayed.")
@click.option("--runs", type=click.IntRange(1, 100), default=1, show_default=True,
              help="Validate with this many seeds in a row (seed, seed + 1, ...): a "
                   "verdict that flips on a busy machine shows up.")
@click.option("-v", "--verbose", is_flag=True, help="Show every check, not only failures.")
def command(slugs: tuple[str, ...], seed: int, runs: int, verbose: bool) -> int:
    """Prove problem specs: examples agree with the reference, the reference and every
    accepted/ solution pass, every wrong/ solution is rejected and every slow/ one is
    too_slow. With --runs, a verdict that differs between runs is a failure (a flip).

    With no SLUG, every problem of the workspace."""
    from trainer.grading.validate import flips, validate_problem

    workspace, catalogue = workspace_catalogue()
    if slugs:  # a broken one among them raises its own error, shown once
        problems = [catalogue.get(slug) for slug in slugs]
    else:
        for error in catalogue.errors:
            click.secho(f"error: {error}", fg="red")
        problems = list(catalogue.problems.values())
    failed = 0
    broken = 0  # problems whose own files are broken: a spec error, exit 2
    # per kind of solution: [as wanted, not]
    totals = {"accepted": [0, 0], "wrong": [0, 0], "slow": [0, 0], "heavy": [0, 0]}
    flipped_in_all = 0
    for problem in problems:
        click.echo(f"{problem.slug} ", nl=False)
        per_run = [validate_problem(problem, seed=seed + run,
                                    inputs_dir=workspace.failed_inputs)
                   for run in range(runs)]
        checks = [check for run in per_run for check in run]
        flipped = flips(per_run)
        flipped_in_all += len(flipped)
        bad = [check for check in checks if not check.ok]
        for check in checks:
            kind = check.name.split("/")[0]
            if kind in totals:
                totals[kind][0 if check.ok else 1] += 1
        failed += bool(bad or flipped)
        errors = [check.spec_error for check in bad if check.spec_error is not None]
        broken += bool(errors)
        for error in errors[:1]:
            if error.path == problem.reference_path:
                remember_broken_reference(workspace.catalogue_cache, error)
        click.secho("ok" if not (bad or flipped) else "FAILED",
                    fg="green" if not (bad or flipped) else "red")
        for check in checks:
            if verbose or not check.ok:
                mark = "  ok  " if check.ok else "  FAIL"
                click.echo(f"{mark} {check.name}" + (f": {check.detail}" if check.detail else ""))
        for name in flipped:
            click.echo(f"  FLIP {name}: its verdict was not the same in every run")
    if catalogue.errors and not slugs:
        return ExitCode.USAGE
    (accepted, rejects), (wrong, escaped), (slow, quick), (heavy, light) = totals.values()
    click.echo(f"{len(problems) - failed} of {len(problems)} problems valid; "
               f"accepted/: {accepted} passed, {rejects} rejected; wrong/: {wrong} rejected, "
               f"{escaped} passed; slow/: {slow} too_slow, {quick} not; heavy/: {heavy} "
               f"too_much_memory, {light} not; "
               f"{flipped_in_all} flips in {runs} run{'s' if runs != 1 else ''}")
    if broken:
        return ExitCode.USAGE
    return ExitCode.FAILED if failed else ExitCode.OK
