from __future__ import annotations

import json
from pathlib import Path
from typing import BinaryIO

import click

from trainer.commands.support import workspace_catalogue
from trainer.errors import WorkspaceError


def check_export_target(output: Path, history_db: Path, force: bool) -> None:
    """An export never replaces the history (nor its WAL files), and no file without
    --force."""
    target = output.resolve()
    protected = {history_db.resolve(), *(history_db.with_name(history_db.name + suffix).resolve()
                                         for suffix in ("-wal", "-shm", "-journal"))}
    if target in protected or (output.exists() and history_db.exists()
                               and output.samefile(history_db)):
        raise WorkspaceError(f"{output} is the practice history itself: "
                             "export to another file, e.g. -o history-backup.jsonl")
    if output.exists() and not force:
        raise WorkspaceError(f"{output} already exists: choose another name, "
                             "or --force to replace it")


@click.group("history")
def group() -> None:
    """Back up and restore your practice history (attempts and hints)."""


@group.command("export")
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False),
              help="Write to this file instead of standard output.")
@click.option("--force", is_flag=True, help="Replace FILE if it exists (never the history).")
def export_command(output: Path | None, force: bool) -> None:
    """Every attempt and hint, as JSON lines."""
    from trainer.coach.practice import export_history

    workspace, _ = workspace_catalogue()
    if output is not None:
        check_export_target(output, workspace.history_db, force)
    lines = export_history(workspace)
    if output is None:
        for line in lines:
            click.echo(line)
        return
    text = "".join(line + "\n" for line in lines)
    try:
        with output.open("w" if force else "x", encoding="utf-8") as file:
            file.write(text)
    except FileExistsError:
        raise WorkspaceError(f"{output} already exists: choose another name, "
                             "or --force to replace it") from None
    except OSError as error:
        raise WorkspaceError(f"cannot write {output}: {error.strerror}") from None
    click.echo(f"Wrote {text.count(chr(10))} records to {output}", err=True)


@group.command("import")
@click.argument("backup", type=click.File("rb"), default="-")
def import_command(backup: BinaryIO) -> None:
    """Add the attempts and hints of a backup (a file, or - for standard input) that this
    history does not have yet, and rebuild the review schedule. Importing twice changes
    nothing."""
    from trainer.coach.practice import import_history

    workspace, catalogue = workspace_catalogue()
    lines = list(backup)
    added = import_history(workspace, lines, backup.name if backup.name != "<stdin>" else "-")
    slugs = {json.loads(line).get("slug") for line in lines if line.strip()}
    unknown = sorted(slug for slug in slugs - set(catalogue.index) if slug is not None)
    if unknown:
        click.echo(f"warning: no problem named {', '.join(map(str, unknown))} in this "
                   "workspace; their history was imported all the same", err=True)
    others = "".join(f", {added[kind]} {kind}s" for kind in ("reveal", "interview", "case")
                     if added[kind])
    click.echo(f"Imported {added['attempt']} attempts and {added['hint']} hints{others}.")
