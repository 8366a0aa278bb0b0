from __future__ import annotations

import click

from trainer.commands.support import complete_slugs, workspace_catalogue


@click.command("hint")
@click.argument("slug", required=False, shell_complete=complete_slugs)
def command(slug: str | None) -> None:
    """The next hint for a problem (without SLUG, the current one).

    Hints are recorded: a pass after a hint counts as a harder one, so the problem comes
    back for review sooner."""
    from trainer.coach.practice import current_slug, next_hint

    workspace, catalogue = workspace_catalogue()
    problem = catalogue.get(slug or current_slug(workspace))
    hint = next_hint(workspace, problem)
    if not hint.new:
        click.echo(f"That was the last hint ({hint.total} of {hint.total}):")
    else:
        click.secho(f"Hint {hint.number} of {hint.total}:", bold=True)
    from trainer.screen import wrap

    click.echo(wrap(hint.text))
