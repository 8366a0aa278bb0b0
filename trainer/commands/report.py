from __future__ import annotations

import json
from pathlib import Path

import click

from trainer.commands.support import warn_broken, workspace_catalogue


@click.command("report")
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the page here instead of .trainer/report.html.")
@click.option("--force", is_flag=True,
              help="Replace an existing file that is not an earlier report.")
@click.option("--json", "as_json", is_flag=True, help="Print the page's path as JSON.")
def command(output: Path | None, force: bool, as_json: bool) -> None:
    """A progress report as one HTML page that opens offline in any browser: topic
    mastery, a calendar of practice days, and attempts and pass rate week by week."""
    from trainer import clock
    from trainer.coach.report import write_report
    from trainer.store.history import open_history

    workspace, catalogue = workspace_catalogue()
    warn_broken(catalogue)
    target = output if output is not None else workspace.state / "report.html"
    with open_history(workspace) as history:
        try:
            path = write_report(catalogue.problems, history, clock.now(), target, force)
        except OSError as error:
            from trainer.errors import WorkspaceError

            raise WorkspaceError(f"cannot write {target}: {error.strerror}") from None
    shown = str(path.resolve())
    if as_json:
        click.echo(json.dumps({"path": shown}))
    else:
        click.echo(f"Wrote {shown}")
