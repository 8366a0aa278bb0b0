from __future__ import annotations

import json

import click

from trainer.commands.support import workspace_catalogue
from trainer.store.interviews import OUTCOMES


def complete_topics(context: click.Context, parameter: click.Parameter,
                    incomplete: str) -> list[str]:
    """Shell completion of the last name in a comma-separated list of topics."""
    from trainer.commands.support import topic_names

    done, _, last = incomplete.rpartition(",")
    prefix = f"{done}," if done else ""
    return [prefix + topic for topic in topic_names() if topic.startswith(last.strip())]


@click.group("interview")
def group() -> None:
    """Tell trainer what your interviews showed, and when the next one is."""


@group.command("add")
@click.option("--date", "day", metavar="DAY",
              help="The day of the round, YYYY-MM-DD (or today, tomorrow, yesterday). "
                   "Default: today.")
@click.option("--outcome", type=click.Choice(OUTCOMES),
              help="How it went; a day after today means upcoming.")
@click.option("--topics", required=True, metavar="T1,T2", shell_complete=complete_topics,
              help="Failed: where it went wrong. Passed: what could have been better. "
                   "Upcoming: what it will ask.")
@click.option("--company", default="", help="Who interviewed you.")
@click.option("--note", default="", help="What happened, in your words.")
@click.option("--json", "as_json", is_flag=True, help="Print the recorded round as JSON.")
def add_command(day: str | None, outcome: str | None, topics: str, company: str, note: str,
                as_json: bool) -> None:
    """Record an interview round and the topics it showed.

    A failed or passed round took place on --date (today by default); a day after today
    is an upcoming interview."""
    from trainer import clock
    from trainer.coach.interviews import describe, record_interview

    workspace, catalogue = workspace_catalogue()
    known = {problem.topic for problem in catalogue.index.values()}
    interview = record_interview(workspace, known, day=day, outcome=outcome, topics=topics,
                                 company=company, note=note, now=clock.now())
    if as_json:
        click.echo(json.dumps(interview.to_json()))
        return
    click.echo(f"Recorded {describe(interview)}")


@group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
def list_command(as_json: bool) -> None:
    """Every interview round you recorded, by day."""
    from trainer.coach.interviews import describe, list_interviews

    workspace, _ = workspace_catalogue()
    interviews = list_interviews(workspace)
    if as_json:
        click.echo(json.dumps([interview.to_json() for interview in interviews]))
        return
    if not interviews:
        click.echo("No interviews recorded: trainer interview add --outcome failed "
                   "--topics graphs,dp-1d (say what went wrong)")
        return
    for interview in interviews:
        click.echo(describe(interview))


@group.command("remove")
@click.argument("interview_id", metavar="ID", type=click.IntRange(min=1))
def remove_command(interview_id: int) -> None:
    """Forget a recorded round.

    ID is its number in `trainer interview list`."""
    from trainer.coach.interviews import remove_interview

    workspace, _ = workspace_catalogue()
    remove_interview(workspace, interview_id)
    click.echo(f"Removed interview #{interview_id}.")
