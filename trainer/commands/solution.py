from __future__ import annotations

import json

import click

from trainer.coach.reveal import GIVE_UP_AFTER
from trainer.commands.support import complete_slugs, workspace_catalogue


@click.command("solution")
@click.argument("slug", shell_complete=complete_slugs)
@click.option("--give-up", is_flag=True,
              help=f"Show it before passing (after {GIVE_UP_AFTER} failed attempts); "
                   "the next pass is then rated Hard, so it comes back sooner.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def command(slug: str, give_up: bool, as_json: bool) -> None:
    """The reference solution of a problem: the entry function or class and the helpers
    it uses. Opens once you have passed the problem, or with --give-up after
    3 failed attempts."""
    workspace, catalogue = workspace_catalogue()
    problem = catalogue.get(slug)
    from trainer.coach.reveal import reveal

    shown = reveal(workspace, problem, give_up)
    if as_json:
        click.echo(json.dumps({"slug": slug, "source": shown.source,
                               "gave_up": shown.gave_up}))
        return
    click.echo(f"# {problem.title} [{slug}]: the reference solution, "
               f"{problem.complexity.optimal}\n")
    click.echo(shown.source, nl=False)
    if shown.gave_up:
        from trainer.screen import wrap

        click.echo("\n" + wrap(f"Recorded: your next pass of {slug} is rated Hard, so it "
                               "comes back for review sooner. Write it again from memory "
                               "tomorrow."), err=True)
