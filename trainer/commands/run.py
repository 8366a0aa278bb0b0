"""`trainer run`: try the solution on your own input."""

from __future__ import annotations

import json
from pathlib import Path

import click

from trainer.commands.support import complete_slugs, workspace_catalogue
from trainer.errors import TrainerError


@click.command("run")
@click.argument("slug", required=False, shell_complete=complete_slugs)
@click.option("--file", "file", type=click.Path(path_type=Path, dir_okay=False),
              help="Run this file instead of solutions/<slug>.py.")
@click.option("--input", "text", metavar="TEXT",
              help="One input: keyword arguments as Python literals, 'nums=[2, 7], target=9'; "
                   "for a design problem a list of calls, '[[\"LRUCache\", 2], [\"get\", 1]]'.")
@click.option("--input-file", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              help="A file of inputs, one a line.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def command(slug: str | None, file: Path | None, text: str | None, input_file: Path | None,
            as_json: bool) -> int:
    """Run the solution on your own input, in the grader's sandbox, and compare its answer
    with the reference's. Nothing is recorded.

    Without SLUG, the problem last given by `next` or `start`. Exit status: 0 when it ran
    (whatever the answer), 2 for an input outside the problem's constraints or a usage
    error."""
    from trainer.coach.tryout import input_lines, run_own_inputs

    if (text is None) == (input_file is None):
        raise TrainerError("give exactly one of --input TEXT and --input-file FILE")
    if input_file is not None:
        try:
            texts = input_lines(input_file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            raise TrainerError(f"cannot read {input_file}: {error}") from None
    else:
        assert text is not None
        texts = [text]
    workspace, catalogue = workspace_catalogue()
    tried = run_own_inputs(workspace, catalogue, slug, file, texts)
    if as_json:
        click.echo(json.dumps({"slug": tried.problem.slug,
                               "runs": [r.to_json() for r in tried.results]},
                              allow_nan=False, default=str))
        return 0
    for number, result in enumerate(tried.results, 1):
        if len(tried.results) > 1:
            click.secho(f"input {number}", bold=True)
        click.echo(f"  input:     {result.shown}")
        if result.ran:
            click.echo(f"  returned:  {result.returned}")
        else:
            click.echo("  error:     " + (result.error or "").replace("\n", "\n             "))
        if result.printed:
            printed = result.printed.rstrip().replace("\n", "\n             ")
            click.echo(f"  printed:   {printed}")
        if result.seconds is not None:
            from trainer.format import duration

            click.echo(f"  time:      {duration(result.seconds)}")
        if result.expected is not None:
            click.echo(f"  reference: {result.expected}")
        if result.agrees is True:
            click.secho("  agrees with the reference", fg="green")
        elif result.agrees is False:
            click.secho(f"  does not agree: {result.why}", fg="red")
    return 0
