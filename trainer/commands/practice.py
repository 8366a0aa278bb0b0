from __future__ import annotations

import json
import os
from pathlib import Path

import click

from trainer.commands.support import (
    complete_slugs,
    complete_topic,
    warn_broken,
    workspace_catalogue,
)
from trainer.errors import TrainerError


@click.command("next")
@click.option("--topic", metavar="T", shell_complete=complete_topic,
              help="Only problems of this topic.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--open", "open_editor", is_flag=True, help="Open the stub in $VISUAL or $EDITOR.")
def next_command(topic: str | None, as_json: bool, open_editor: bool) -> None:
    """Today's problem: a due review or a new problem from your weakest topic.

    Writes its stub to solutions/ (never over an existing file) and shows the statement.
    The choice stays the same all day until you grade it."""
    from trainer.coach.practice import next_problem

    workspace, catalogue = workspace_catalogue()
    warn_broken(catalogue)
    choice, started, remembered = next_problem(workspace, catalogue, topic)
    if not remembered:
        click.echo(f"note: the practice history {workspace.history_db} is read-only: this "
                   "choice is shown, not remembered", err=True)
    problem = started.problem
    path = workspace.relative(started.path)
    if as_json:
        click.echo(json.dumps({
            "slug": problem.slug, "title": problem.title, "topic": problem.topic,
            "difficulty": problem.difficulty, "reason": choice.reason, "why": choice.why,
            "path": path, "created": started.created,
        }))
        return
    from trainer.commands.browse import problem_text
    from trainer.screen import wrap

    problem_text("Review" if choice.reason == "review" else "New problem", problem,
                 f"Why: {choice.why}")
    if started.backup is not None:
        click.echo("\n" + wrap(f"A review is solved afresh: your previous solution is kept "
                               f"as {workspace.relative(started.backup)}"))
    verb = "Wrote" if started.created else "Your file is"
    click.echo("\n" + wrap(f"{verb} {path}. When ready: trainer grade"))
    if open_editor:
        open_in_editor(started.path)


@click.command("start")
@click.argument("slug", shell_complete=complete_slugs)
@click.option("--force", is_flag=True,
              help="Write a fresh stub; the existing file is kept as a .bak copy.")
@click.option("--open", "open_editor", is_flag=True, help="Open the stub in $VISUAL or $EDITOR.")
def start_command(slug: str, force: bool, open_editor: bool) -> None:
    """Write the stub for a chosen problem and make it the current one."""
    from trainer.coach.practice import start_problem

    workspace, catalogue = workspace_catalogue()
    started = start_problem(workspace, catalogue.get(slug), force)
    path = workspace.relative(started.path)
    from trainer.screen import wrap

    if started.backup is not None:
        click.echo(wrap(f"Kept your previous file as {workspace.relative(started.backup)}"))
    if started.created:
        click.echo(wrap(f"Wrote {path}. When ready: trainer grade {slug}"))
    else:
        click.echo(wrap(f"{path} already exists; left it as it is (--force for a fresh "
                        f"stub). When ready: trainer grade {slug}"))
    if open_editor:
        open_in_editor(started.path)


@click.command("skip")
def skip_command() -> None:
    """Defer today's problem: recorded, not a failure; `trainer next` gives another."""
    from trainer.coach.practice import skip_today

    workspace, _ = workspace_catalogue()
    slug = skip_today(workspace)
    from trainer.screen import wrap

    click.echo(wrap(f"Skipped {slug} for today (not a failure). trainer next gives another "
                    "problem."))


def open_in_editor(path: Path) -> None:
    """The learner's own editor, as set in $VISUAL or $EDITOR (never a guessed one)."""
    if not (os.environ.get("VISUAL") or os.environ.get("EDITOR")):
        raise TrainerError(f"set $EDITOR (or $VISUAL) to open files; the stub is {path}")
    click.edit(filename=str(path))
