from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from trainer.commands.support import complete_slugs, workspace_catalogue
from trainer.errors import ExitCode


class ProgressLine:
    """One line on the terminal, rewritten as grading goes: examples 3/3, generated 140/200,
    complexity."""

    def __init__(self) -> None:
        self.parts: dict[str, str] = {}

    def __call__(self, phase: str, done: int, total: int) -> None:
        self.parts[phase] = phase if phase == "complexity" else f"{phase} {done}/{total}"
        click.echo("\r  " + ", ".join(self.parts.values()) + " ...\033[K", nl=False, err=True)

    def clear(self) -> None:
        click.echo("\r\033[K", nl=False, err=True)


@click.command("grade")
@click.argument("slug", required=False, shell_complete=complete_slugs)
@click.option("--file", "file", type=click.Path(path_type=Path, dir_okay=False),
              help="Grade this file instead of solutions/<slug>.py.")
@click.option("--seed", type=click.IntRange(0, 2**32 - 1),
              help="Replay a grading exactly (the seed is printed with every result).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--no-record", is_flag=True, help="Do not store this attempt in the history.")
@click.option("--easy", is_flag=True,
              help="It felt easy: a clean pass is rated Easy, so it comes back later.")
def command(slug: str | None, file: Path | None, seed: int | None, as_json: bool,
            no_record: bool, easy: bool) -> int:
    """Check a solution: the statement's examples, hundreds of generated inputs judged
    against the reference, then time complexity on growing inputs.

    Without SLUG, the problem last given by `next` or `start`. Exit status: 0 passed,
    1 failed, 2 usage or workspace error."""
    from trainer.coach.attempt import grade_solution, solution_to_grade

    workspace, catalogue = workspace_catalogue()
    problem, path = solution_to_grade(workspace, catalogue, slug, file)
    progress = ProgressLine() if not as_json and sys.stderr.isatty() else None
    graded = grade_solution(workspace, problem, path, seed=seed, record=not no_record,
                            easy=easy, progress=progress)
    if progress is not None:
        progress.clear()
    outcome = graded.outcome
    if as_json:
        click.echo(json.dumps(outcome.to_json(), allow_nan=False, default=str))
    else:
        from trainer.format import outcome_text, summary_text

        click.echo(outcome_text(outcome, workspace.relative(path) if file is not None else ""))
        if graded.summary:
            click.echo(summary_text(graded.summary))
        if graded.not_attempt:
            click.echo(summary_text(f"not counted as an attempt: {graded.not_attempt}"))
    return ExitCode.OK if outcome.passed else ExitCode.FAILED
