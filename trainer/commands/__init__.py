"""One module per group of commands; each command a few lines over a core function.

A command's module is imported only when that command runs (or for `--help` and shell
completion, which list them all): `trainer list` never pays for grading or authoring.
"""

from __future__ import annotations

from importlib import import_module

import click

# Command name -> "module:attribute" of its click command.
COMMANDS = {
    "grade": "trainer.commands.grade:command",
    "hint": "trainer.commands.hint:command",
    "history": "trainer.commands.history:group",
    "list": "trainer.commands.browse:list_command",
    "mock": "trainer.commands.mock:command",
    "new": "trainer.commands.author:new_command",
    "next": "trainer.commands.practice:next_command",
    "report": "trainer.commands.report:command",
    "review": "trainer.commands.insight:review_command",
    "show": "trainer.commands.browse:show_command",
    "solution": "trainer.commands.solution:command",
    "start": "trainer.commands.practice:start_command",
    "stats": "trainer.commands.insight:stats_command",
    "validate": "trainer.commands.validate:command",
    "watch": "trainer.commands.watch:command",
}


class LazyGroup(click.Group):
    """A group whose commands are imported on first use, from COMMANDS."""

    def list_commands(self, context: click.Context) -> list[str]:
        return sorted({*super().list_commands(context), *COMMANDS})

    def get_command(self, context: click.Context, name: str) -> click.Command | None:
        if name not in self.commands and name in COMMANDS:
            self.add_command(load_command(name), name)
        return super().get_command(context, name)


def load_command(name: str) -> click.Command:
    module, attribute = COMMANDS[name].split(":")
    command = getattr(import_module(module), attribute)
    if not isinstance(command, click.Command):
        raise TypeError(f"{COMMANDS[name]} is not a click command")
    return command
