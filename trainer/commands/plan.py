from __future__ import annotations

import json
from datetime import date

import click

from trainer.commands.support import warn_broken, workspace_catalogue


@click.command("plan")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def command(as_json: bool) -> None:
    """The way to your next interview: what to practise each day until then, and a
    forecast per gap topic for the day itself.

    The gap topics are the interview's own and those of rounds you failed or passed
    lately (trainer interview add)."""
    from trainer import clock
    from trainer.coach.plan import make_plan
    from trainer.store.history import open_history

    workspace, catalogue = workspace_catalogue()
    warn_broken(catalogue)
    with open_history(workspace) as history:
        plan = make_plan(catalogue.index, history, clock.now())
    if as_json:
        click.echo(json.dumps(plan.to_json()))
        return
    interview = plan.interview
    if interview is None:
        click.echo("No upcoming interview. When is the next one? For example:\n"
                   "  trainer interview add --date YYYY-MM-DD --topics graphs,trees")
        return
    at = f" at {interview.company}" if interview.company else ""
    days = (date.fromisoformat(interview.day) - clock.today()).days
    when = "today" if days == 0 else "tomorrow" if days == 1 else f"in {days} days"
    click.secho(f"Your interview{at} on {interview.day} is {when}.", bold=True)
    click.echo(wrap("Gap topics: " + "; ".join(f"{topic} ({why})"
                                         for topic, why in plan.gaps.items())))
    total = sum(len(items) for _, items in plan.days)
    if not total:
        click.echo("\nNothing left to do in these topics: every problem is solved and "
                   "fresh for the day. Keep your daily `trainer next`.")
    else:
        many = "problem" if total == 1 else "problems"
        click.echo("\n" + wrap(f"The plan: {total} {many}, up to {plan.per_day} a day"
                                + _pace_note(plan.per_day, plan.pace) + "."))
        for day, items in plan.days:
            shown = ", ".join(f"{item.slug} ({_kind(item)})" for item in items) or "rest"
            click.echo(f"  {date.fromisoformat(day):%a} {day}  {shown}")
    click.echo(f"\nForecast for {interview.day} if you stopped now (the chance to pass a "
               "problem of the topic):")
    width = max(len(f.topic) for f in plan.forecasts)
    for forecast in plan.forecasts:
        recall = ("" if forecast.recall is None else
                  f", recall on the day {forecast.recall:.0%}")
        rate = "" if forecast.pass_rate is None else f", pass rate {forecast.pass_rate:.0%}"
        click.echo(f"  {forecast.topic:<{width}}  {forecast.chance:>4.0%}  solved "
                   f"{forecast.solved} of {forecast.problems}{recall}{rate}")


def wrap(text: str) -> str:
    """To the terminal's width (80 columns when not a terminal)."""
    import shutil
    import textwrap

    width = shutil.get_terminal_size((80, 24)).columns
    return textwrap.fill(text, width=max(40, min(width, 100)) - 1,
                         break_long_words=False, break_on_hyphens=False)


def _kind(item: object) -> str:
    kind = getattr(item, "kind", "")
    recall = getattr(item, "recall", None)
    return f"refresh, recall {recall:.0%}" if kind == "refresh" and recall is not None else kind


def _pace_note(per_day: int, pace: float | None) -> str:
    if pace is None:
        return ""
    if per_day > pace * 1.5:
        return (f", more than your pace lately ({pace:g} a practice day): "
                "practise every day, the gap topics first")
    return f" (your pace lately: {pace:g} a practice day)"
