from __future__ import annotations

import json
from typing import TYPE_CHECKING

import click

from trainer.commands.support import complete_slugs, warn_broken, workspace_catalogue
from trainer.problems.vocabulary import DIFFICULTIES

if TYPE_CHECKING:
    from trainer.problems.spec import Problem


def statement_text(problem: Problem) -> str:
    from trainer.problems.render import _example

    lines = [problem.statement.strip(), "", "Examples:"]
    for example in problem.examples:
        shown = _example(problem, example)
        lines += [f"  {shown['call']}", f"    -> {shown['output']}",
                  f"    {shown['explanation']}"]
    return "\n".join(lines)


@click.command("list")
@click.option("--topic", metavar="T", help="Only this topic.")
@click.option("--difficulty", type=click.Choice(DIFFICULTIES), help="Only this difficulty.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
def list_command(topic: str | None, difficulty: str | None, as_json: bool) -> None:
    """Every problem, with your status on each."""
    from trainer.coach.listing import problem_rows

    workspace, catalogue = workspace_catalogue()
    warn_broken(catalogue)
    rows = problem_rows(workspace, catalogue, topic, difficulty)
    if as_json:
        click.echo(json.dumps(rows))
        return
    if not rows:
        click.echo("no problems match")
        return
    width = max(len(row["slug"]) for row in rows)
    current = None
    for row in rows:
        if row["topic"] != current:
            current = row["topic"]
            click.secho(f"\n{current}", bold=True)
        mark = {"solved": "✓", "attempted": "✗"}.get(row["status"], " ")
        click.echo(f"  {mark} {row['slug']:<{width}}  {row['difficulty']:<6}  {row['title']}")
    solved = sum(row["status"] == "solved" for row in rows)
    click.echo(f"\n{len(rows)} problems, {solved} solved")


@click.command("show")
@click.argument("slug", shell_complete=complete_slugs)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def show_command(slug: str, as_json: bool) -> None:
    """A problem's statement, examples, and your status on it."""
    from trainer.coach.listing import problem_record

    workspace, catalogue = workspace_catalogue()
    record = problem_record(workspace, catalogue, slug)
    if as_json:
        click.echo(json.dumps(record.to_json()))
        return
    problem, attempts, due = record.problem, record.attempts, record.due
    click.secho(f"{problem.title} [{problem.slug}]", bold=True)
    click.echo(f"{problem.topic}, {problem.difficulty}; aim for {problem.complexity.optimal}\n")
    click.echo(statement_text(problem))
    click.echo("")
    if not attempts:
        click.echo("Not attempted yet. Start it: trainer start " + slug)
    else:
        last = attempts[-1]
        passes = sum(a.passed for a in attempts)
        click.echo(f"{len(attempts)} attempts, {passes} passed; last: {last.verdict} on "
                   f"{last.day}; next review due {due}")
    if record.path is not None:
        click.echo(f"Your solution: {record.path}")
