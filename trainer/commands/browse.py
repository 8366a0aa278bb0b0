from __future__ import annotations

import json
from typing import TYPE_CHECKING

import click

from trainer.commands.support import (
    complete_slugs,
    complete_topic,
    warn_broken,
    workspace_catalogue,
)
from trainer.problems.vocabulary import DIFFICULTIES

if TYPE_CHECKING:
    from trainer.problems.spec import Problem
    from trainer.store.attempts import Attempt


def statement_text(problem: Problem) -> str:
    """The statement re-wrapped to the terminal, then the examples (calls kept whole)."""
    from trainer.problems.render import _example
    from trainer.screen import reflow, wrap

    lines = [reflow(problem.statement.strip()), "", "Examples:"]
    for example in problem.examples:
        shown = _example(problem, example)
        lines += [f"  {shown['call']}", f"    -> {shown['output']}",
                  wrap(shown["explanation"], "    ")]
    return "\n".join(lines)


def problem_text(heading: str, problem: Problem, detail: str) -> None:
    """How a problem is put before the learner, by `next` and by `mock` alike: a bold
    heading, its topic and difficulty with one more sentence, then the statement."""
    from trainer.screen import wrap

    click.secho(f"{heading}: {problem.title} [{problem.slug}]", bold=True)
    click.echo(wrap(f"{problem.topic}, {problem.difficulty}. {detail}.") + "\n")
    click.echo(statement_text(problem))


@click.command("list")
@click.option("--topic", metavar="T", shell_complete=complete_topic, help="Only this topic.")
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
            click.secho(("" if current is None else "\n") + row["topic"], bold=True)
            current = row["topic"]
        mark = {"solved": "✓", "attempted": "✗"}.get(row["status"], " ")
        click.echo(f"  {mark} {row['slug']:<{width}}  {row['difficulty']:<6}  {row['title']}")
    solved = sum(row["status"] == "solved" for row in rows)
    click.echo(f"\n{len(rows)} problems, {solved} solved")


@click.command("show")
@click.argument("slug", shell_complete=complete_slugs)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--failed-input", is_flag=True,
              help="Print only the input of your latest failed grading, whole, as keyword "
                   "arguments to paste (trainer run --input, or a call in Python).")
def show_command(slug: str, as_json: bool, failed_input: bool) -> None:
    """A problem's statement, examples, and your attempts on it."""
    from trainer.coach.listing import problem_record

    workspace, catalogue = workspace_catalogue()
    if failed_input:
        from trainer.coach.listing import failed_input as latest_failed_input

        click.echo(latest_failed_input(workspace, catalogue, slug))
        return
    record = problem_record(workspace, catalogue, slug)
    if as_json:
        click.echo(json.dumps(record.to_json()))
        return
    problem = record.problem
    click.secho(f"{problem.title} [{problem.slug}]", bold=True)
    click.echo(f"{problem.topic}, {problem.difficulty}; aim for {problem.complexity.optimal}\n")
    click.echo(statement_text(problem))
    click.echo("")
    if not record.attempts:
        click.echo(f"Not attempted yet. Start it: trainer start {problem.slug}")
    else:
        click.echo(attempts_text(record.attempts, record.due))
    if record.path is not None:
        click.echo(f"Your solution: {record.path}")


SHOWN_ATTEMPTS = 12  # the latest ones; a long history would push the statement off screen


def attempts_text(attempts: list[Attempt], due: str | None) -> str:
    """Your attempts, one a line: the day, the verdict and what failed."""
    from trainer.format import VERDICT_TITLES
    from trainer.grading.outcome import input_text
    from trainer.screen import wrap
    from trainer.words import plural

    passes = sum(a.passed for a in attempts)
    lines = [f"Your {plural(len(attempts), 'attempt')}, {passes} passed:"]
    if len(attempts) > SHOWN_ATTEMPTS:
        lines.append(f"  ({plural(len(attempts) - SHOWN_ATTEMPTS, 'earlier one')} not shown)")
    for attempt in attempts[-SHOWN_ATTEMPTS:]:
        verdict = VERDICT_TITLES.get(attempt.verdict, attempt.verdict).lower()
        text = f"{attempt.day}  {verdict}"
        example = attempt.counterexample or {}
        if example.get("input") is not None:
            text += f" on {input_text(example['input'])}"
            if example.get("got") is not None:
                text += f": expected {example.get('expected')}, got {example['got']}"
            elif example.get("error"):
                text += f": {str(example['error']).splitlines()[0]}"
        lines.append(wrap(text, " " * 14, first="  "))
    if due:
        from trainer import clock

        today = clock.today().isoformat()
        lines.append(f"Due for review since {due}" if due < today else
                     "Due for review today" if due == today else f"Next review: {due}")
    return "\n".join(lines)
