from __future__ import annotations

from pathlib import Path
from typing import TextIO

import click

from trainer.commands.support import workspace_catalogue


@click.group("history")
def group() -> None:
    """Back up and restore your practice history (attempts and hints)."""


@group.command("export")
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False),
              help="Write to this file instead of standard output.")
def export_command(output: Path | None) -> None:
    """Every attempt and hint, as JSON lines."""
    from trainer.coach.practice import export_history

    workspace, _ = workspace_catalogue()
    lines = export_history(workspace)
    if output is None:
        for line in lines:
            click.echo(line)
        return
    text = "".join(line + "\n" for line in lines)
    output.write_text(text, encoding="utf-8")
    click.echo(f"Wrote {text.count(chr(10))} records to {output}", err=True)


@group.command("import")
@click.argument("backup", type=click.File("r", encoding="utf-8"), default="-")
def import_command(backup: TextIO) -> None:
    """Add the attempts and hints of a backup (a file, or - for standard input) that this
    history does not have yet, and rebuild the review schedule. Importing twice changes
    nothing."""
    from trainer.coach.practice import import_history

    workspace, _ = workspace_catalogue()
    added = import_history(workspace, backup)
    others = "".join(f", {added[kind]} {kind}s" for kind in ("reveal", "interview")
                     if added[kind])
    click.echo(f"Imported {added['attempt']} attempts and {added['hint']} hints{others}.")
