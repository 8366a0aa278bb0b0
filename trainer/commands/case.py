"""`trainer case`: the inputs kept per problem, checked first on every grading."""

from __future__ import annotations

import json

import click

from trainer.commands.support import complete_slugs, workspace_catalogue


@click.group("case")
def group() -> None:
    """The inputs checked first on every grading of a problem: those it failed on before,
    and your own."""


@group.command("add")
@click.argument("slug", shell_complete=complete_slugs)
@click.option("--input", "text", required=True, metavar="TEXT",
              help="Keyword arguments as Python literals, 'nums=[2, 7], target=9'; for a "
                   "design problem a list of calls, '[[\"LRUCache\", 2], [\"get\", 1]]'.")
@click.option("--json", "as_json", is_flag=True, help="Print the kept input as JSON.")
def add_command(slug: str, text: str, as_json: bool) -> None:
    """Keep an input of your own: every later grading of SLUG checks it first. It is read
    and checked against the problem's constraints as `trainer run` reads one (exit 2 when
    it is outside them)."""
    from trainer.coach.kept import add_case

    workspace, catalogue = workspace_catalogue()
    case = add_case(workspace, catalogue.get(slug), text)
    if as_json:
        click.echo(json.dumps(case.to_json()))
        return
    click.echo(f"Kept input {case.id} of {slug}: every grading checks it first.")


@group.command("list")
@click.argument("slug", shell_complete=complete_slugs)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
def list_command(slug: str, as_json: bool) -> None:
    """The inputs SLUG keeps: where each came from."""
    from trainer.coach.kept import list_cases, origin_text, shown_input

    workspace, catalogue = workspace_catalogue()
    problem = catalogue.get(slug)
    cases = list_cases(workspace, problem.slug)
    if as_json:
        click.echo(json.dumps([case.to_json() for case in cases]))
        return
    if not cases:
        click.echo(f"{slug} keeps no inputs yet: a failed grading keeps the input it failed "
                   f"on, and `trainer case add {slug} --input ...` keeps one of yours.")
        return
    for case in cases:
        click.echo(f"{case.id:>4}  {shown_input(problem, case.input)}")
        click.echo(f"      {origin_text(case)}")


@group.command("remove")
@click.argument("slug", shell_complete=complete_slugs)
@click.argument("case_id", metavar="ID", type=int)
def remove_command(slug: str, case_id: int) -> None:
    """Stop checking a kept input (its ID from `trainer case list SLUG`)."""
    from trainer.coach.kept import remove_case

    workspace, catalogue = workspace_catalogue()
    remove_case(workspace, catalogue.get(slug).slug, case_id)
    click.echo(f"Removed input {case_id} of {slug}.")
