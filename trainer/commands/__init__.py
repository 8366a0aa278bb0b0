"""One module per group of commands; each command a few lines over a core function.

A command's module is imported only when that command runs (or for `--help` and shell
completion, which list them all): `trainer list` never pays for grading or authoring.

A command returns its exit status (None is 0) and raises TrainerError for what the user
must fix; LazyGroup.invoke turns both into the process's exit, in this one place.
"""

from __future__ import annotations

import errno
import os
import sys
from importlib import import_module
from typing import Any, NoReturn

import click

from trainer.errors import ExitCode, TrainerError

# Command name -> "module:attribute" of its click command.
COMMANDS = {
    "case": "trainer.commands.case:group",
    "grade": "trainer.commands.grade:command",
    "hint": "trainer.commands.hint:command",
    "history": "trainer.commands.history:group",
    "interview": "trainer.commands.interview:group",
    "list": "trainer.commands.browse:list_command",
    "mock": "trainer.commands.mock:command",
    "new": "trainer.commands.author:new_command",
    "next": "trainer.commands.practice:next_command",
    "plan": "trainer.commands.plan:command",
    "report": "trainer.commands.report:command",
    "review": "trainer.commands.insight:review_command",
    "run": "trainer.commands.run:command",
    "show": "trainer.commands.browse:show_command",
    "skip": "trainer.commands.practice:skip_command",
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

    def invoke(self, context: click.Context) -> Any:
        """Run the command; its return value is the exit status. A TrainerError prints one
        line and exits with its code; a bug in trainer is written to a file, not shown."""
        try:
            status = super().invoke(context)
        except TrainerError as error:
            from trainer.screen import wrap

            lines = f"trainer: {error}".splitlines() or ["trainer: error"]
            click.secho("\n".join(wrap(line, "  ", first="") for line in lines), fg="red",
                        err=True)
            context.exit(int(error.exit_code))
        except KeyboardInterrupt:
            click.echo("\ntrainer: interrupted", err=True)
            context.exit(int(ExitCode.INTERRUPTED))
        except BrokenPipeError:  # `trainer list | head`: the reader left; nothing to say
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            context.exit(int(ExitCode.OK))
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except OSError as error:
            if error.errno not in (errno.ENOSPC, errno.EDQUOT):
                _internal_error(context, error)
            # A full disk, wherever it is met (the output redirected to a full disk too).
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            where = f" writing {error.filename}" if error.filename else ""
            click.secho(f"trainer: the disk is full{where} ({error.strerror}): free some "
                        "space and try again", fg="red", err=True)
            context.exit(int(ExitCode.USAGE))
        except Exception as error:
            _internal_error(context, error)
        context.exit(int(status or ExitCode.OK))


def _internal_error(context: click.Context, error: Exception) -> NoReturn:
    """A bug in trainer: written to a file, not shown; exit 3."""
    from trainer.crash import report_crash

    where = report_crash(error)
    click.secho(f"trainer: internal error: {type(error).__name__}: {error}",
                fg="red", err=True)
    click.echo(f"The details were written to {where}; please report it.", err=True)
    context.exit(int(ExitCode.INTERNAL))


def load_command(name: str) -> click.Command:
    module, attribute = COMMANDS[name].split(":")
    command = getattr(import_module(module), attribute)
    if not isinstance(command, click.Command):
        raise TypeError(f"{COMMANDS[name]} is not a click command")
    return command
