"""The command line: parse, call the core, print. Nothing else lives here."""

from __future__ import annotations

import os

import click

from trainer import __version__
from trainer.commands import LazyGroup


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="trainer")
@click.pass_context
def main(context: click.Context) -> None:
    """trainer: practise data structures and algorithms, one problem a day.

    \b
    trainer next       today's problem (writes its stub into solutions/)
    trainer grade      check your solution: examples, hundreds of generated
                       inputs, and time complexity
    trainer review     the topics that keep failing, and what to do next
    trainer stats      your progress
    trainer list       every problem; trainer show SLUG for one

    Colour is used on a terminal unless NO_COLOR is set.
    """
    if os.environ.get("NO_COLOR"):
        context.color = False
