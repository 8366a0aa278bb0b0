"""The command line: parse, call the core, print. Nothing else lives here."""

from __future__ import annotations

import click

from trainer import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="trainer")
def main() -> None:
    """trainer: practise data structures and algorithms, one problem a day.

    \b
    trainer next       today's problem (writes its stub into solutions/)
    trainer grade      check your solution: examples, hundreds of generated
                       inputs, and time complexity
    trainer list       every problem; trainer show SLUG for one
    """


from trainer.commands import register  # noqa: E402

register(main)
