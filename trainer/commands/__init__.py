"""One module per command; each a few lines over a core function."""

from __future__ import annotations

import click


def register(group: click.Group) -> None:
    from trainer.commands import validate

    for module in (validate,):
        group.add_command(module.command)
