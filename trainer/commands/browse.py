from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

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
    from trainer.store.history import open_history

    workspace, catalogue = workspace_catalogue()
    warn_broken(catalogue)
    problems = [p for p in catalogue.index.values()
                if (topic is None or p.topic == topic)
                and (difficulty is None or p.difficulty == difficulty)]
    with open_history(workspace) as history:
        summaries = history.summaries()
    rows: list[dict[str, Any]] = []
    for problem in sorted(problems, key=lambda p: (p.topic, p.difficulty_rank, p.slug)):
        summary = summaries.get(problem.slug)
        status = "new" if summary is None else (
            "solved" if summary["passes"] else "attempted")
        rows.append({"slug": problem.slug, "title": problem.title, "topic": problem.topic,
                     "difficulty": problem.difficulty, "entry": problem.entry,
                     "judge": problem.judge, "status": status,
                     "attempts": summary["attempts"] if summary else 0})
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
    from trainer.store.history import open_history

    workspace, catalogue = workspace_catalogue()
    problem = catalogue.get(slug)
    with open_history(workspace) as history:
        attempts = history.attempts(slug)
        due = history.due_days().get(slug)
    path = workspace.solution_path(slug)
    if as_json:
        click.echo(json.dumps({
            "slug": problem.slug, "title": problem.title, "topic": problem.topic,
            "difficulty": problem.difficulty, "entry": problem.entry, "judge": problem.judge,
            "optimal": problem.complexity.optimal, "statement": problem.statement,
            "examples": [{"input": e.input, "output": e.output, "explanation": e.explanation}
                         for e in problem.examples],
            "hints": len(problem.hints), "attempts": len(attempts),
            "passed": sum(a.passed for a in attempts),
            "last_verdict": attempts[-1].verdict if attempts else None, "due": due,
            "path": workspace.relative(path) if path.exists() else None,
        }))
        return
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
    if path.exists():
        click.echo(f"Your solution: {workspace.relative(path)}")
