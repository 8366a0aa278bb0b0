"""One module per group of commands; each command a few lines over a core function."""

from __future__ import annotations

import click


def register(group: click.Group) -> None:
    from trainer.commands import (
        author,
        browse,
        grade,
        hint,
        history,
        insight,
        mock,
        practice,
        report,
        solution,
        validate,
        watch,
    )

    for command in (practice.next_command, practice.start_command, grade.command,
                    insight.review_command, insight.stats_command, browse.list_command,
                    browse.show_command, hint.command, validate.command, history.group,
                    watch.command, author.new_command, solution.command,
                    report.command, mock.command):
        group.add_command(command)
