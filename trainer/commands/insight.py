from __future__ import annotations

import json
from typing import TYPE_CHECKING

import click

from trainer.commands.support import warn_broken, workspace_catalogue

if TYPE_CHECKING:
    from trainer.coach.lessons import Lessons


@click.command("review")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list, one object per topic.")
def review_command(as_json: bool) -> None:
    """Topics that keep failing, problems due for review, and what to do next in each."""
    from trainer import clock
    from trainer.coach.lessons import lessons
    from trainer.coach.review import topic_reports
    from trainer.screen import width, wrap
    from trainer.store.history import open_history

    workspace, catalogue = workspace_catalogue()
    warn_broken(catalogue)
    with open_history(workspace) as history:
        reports = topic_reports(catalogue.index, history, clock.today())
        learnt = lessons(catalogue.index, history, clock.now(),
                         {report.topic: report.trend for report in reports})
    if as_json:
        click.echo(json.dumps([{**report.to_json(), **learnt.for_topic(report.topic)}
                               for report in reports]))
        return
    started = [r for r in reports if r.attempts]
    if not started:
        click.echo("No attempts yet: `trainer next` gives you a first problem.")
        echo_lessons(learnt)
        return
    wide = max(10, min(20, width() - 48))  # the bar gives way on a narrow terminal
    click.secho(f"{'topic':20} {'pass rate':{wide + 6}} {'attempts':>8}  trend", bold=True)
    for report in started:
        rate = report.pass_rate or 0.0
        click.echo(f"{report.topic:20} {bar(rate, wide)} {rate:>5.0%} {report.attempts:>8}  "
                   f"{report.trend}")
        details = []
        if report.due:
            details.append(f"due: {', '.join(report.due)}")
        if report.leeches:
            details.append(f"failed again and again: {', '.join(report.leeches)}")
        if report.claims_sentence:
            details.append(report.claims_sentence)
        if report.suggestion:
            details.append(f"next: trainer start {report.suggestion}")
        for detail in details:
            click.echo(wrap(detail, " " * 23, first=" " * 21))
    untouched = [r.topic for r in reports if not r.attempts]
    if untouched:
        click.echo("\n" + wrap(f"Not started yet: {', '.join(untouched)}", "  ", first=""))
    echo_lessons(learnt)


def echo_lessons(learnt: Lessons) -> None:
    """The sections after the topics: each logged gap, then the failures' kinds."""
    from trainer.coach.focus import round_name
    from trainer.screen import wrap
    from trainer.words import plural

    if learnt.gaps:
        click.secho("\nGaps your interviews showed:", bold=True)
        for gap in learnt.gaps:
            forecast = gap.forecast
            click.echo(wrap(f"{gap.topic}: {round_name(gap.interview)}, "
                            f"{gap.interview.outcome}. Since then "
                            f"{plural(gap.attempts, 'attempt')}, {gap.passes} passed; "
                            f"trend {gap.trend}", "    ", first="  "))
            click.echo(wrap(f"forecast for {gap.on}: {forecast.chance:.0%} chance to pass "
                            f"one of its problems (solved {forecast.solved} of "
                            f"{forecast.problems})", "      ", first="    "))
    if learnt.failures:
        click.secho("\nWhat keeps failing:", bold=True)
        for failures in learnt.failures.values():
            click.echo(wrap(failures.sentence, "    ", first="  "))


@click.command("stats")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def stats_command(as_json: bool) -> None:
    """Progress: solved by topic and difficulty, streak, practice calendar, retention."""
    from trainer import clock
    from trainer.coach.stats import calendar, compute_stats
    from trainer.screen import wrap
    from trainer.store.history import open_history
    from trainer.words import percent, plural

    workspace, catalogue = workspace_catalogue()
    warn_broken(catalogue)
    now = clock.now()
    with open_history(workspace) as history:
        stats = compute_stats(catalogue.index, history, now)
    if as_json:
        click.echo(json.dumps(stats.to_json()))
        return
    click.secho(wrap(f"Solved {stats.solved} of {plural(stats.problems, 'problem')} in "
                     f"{plural(stats.attempts, 'attempt')}; streak "
                     f"{plural(stats.streak, 'day')} (longest {stats.longest_streak})"),
                bold=True)
    click.echo("")
    for difficulty, (solved, total) in stats.solved_by_difficulty.items():
        if total:
            click.echo(f"  {difficulty:18} {bar(solved / total)} {solved:>3}/{total}")
    click.echo("")
    for topic, (solved, total) in stats.solved_by_topic.items():
        click.echo(f"  {topic:18} {bar(solved / total)} {solved:>3}/{total}")
    click.echo("\nPractice days (last 16 weeks):")
    for row in calendar(stats.days, now.date()):
        click.echo(f"  {row}")
    if stats.mean_retention is not None:
        weakest = sorted(stats.retention.items(), key=lambda item: item[1])[:3]
        shown = ", ".join(f"{slug} {percent(recall)}" for slug, recall in weakest)
        click.echo("\n" + wrap(f"Estimated recall of solved problems today: "
                               f"{percent(stats.mean_retention)} on average; weakest: {shown}"))


def bar(fraction: float, width: int = 20) -> str:
    """A fraction as a bar of `width` characters."""
    filled = round(max(0.0, min(1.0, fraction)) * width)
    return "█" * filled + "·" * (width - filled)
