"""A progress report as one self-contained HTML page: topic mastery, practice calendar and
weekly results, drawn as inline SVG. No script, no network: it opens anywhere, offline.

The charts' geometry is computed here; the template only writes the elements out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from trainer.coach.lessons import lessons
from trainer.coach.review import TREND_DAYS, topic_reports
from trainer.coach.stats import Stats, calendar_weeks, compute_stats
from trainer.errors import TrainerError
from trainer.problems.spec import Problem
from trainer.store.attempts import Attempt
from trainer.store.history import History

CALENDAR_WEEKS = 26
CHART_WEEKS = 12
CELL = 13  # calendar square, with a gap of 2
LEVELS = 4  # calendar shades beyond "no practice"
BAR_WIDTH = 300
ROW_HEIGHT = 34
LABEL_WIDTH = 170
WEEK_CHART = {"width": 640, "height": 220, "left": 40, "right": 44, "top": 16, "bottom": 30}


@dataclass(frozen=True)
class TopicBar:
    topic: str
    y: int
    solved: int
    total: int
    solved_width: float
    recent_pass_rate: float | None  # over the last TREND_DAYS days
    recent_width: float


@dataclass(frozen=True)
class DayCell:
    x: int
    y: int
    day: str
    attempts: int
    level: int  # 0 (none) .. LEVELS


@dataclass(frozen=True)
class WeekBar:
    start: str  # the Monday
    label: str
    x: float
    width: float
    attempts: int
    passes: int
    attempts_y: float
    passes_y: float
    rate: float | None
    rate_y: float | None


def topic_bars(problems: dict[str, Problem], history: History, today: date) -> list[TopicBar]:
    bars = []
    for row, report in enumerate(sorted(topic_reports(problems, history, today),
                                        key=lambda r: r.topic)):
        recent = None if report.recent_fail_rate is None else 1 - report.recent_fail_rate
        bars.append(TopicBar(
            topic=report.topic, y=row * ROW_HEIGHT, solved=report.solved, total=report.problems,
            solved_width=round(BAR_WIDTH * report.solved / max(report.problems, 1), 1),
            recent_pass_rate=recent, recent_width=round(BAR_WIDTH * (recent or 0.0), 1)))
    return bars


def calendar_cells(days: dict[str, int], today: date,
                   weeks: int = CALENDAR_WEEKS) -> tuple[list[DayCell], list[tuple[int, str]]]:
    """One square per day up to today, a column per week from Monday; and the month
    labels as (x, name) at the first column of each month."""
    busiest = max(days.values(), default=0)
    cells, months = [], []
    for week, week_days in enumerate(calendar_weeks(today, weeks)):
        if week_days[0].day <= 7:  # its Monday: the first week of a month
            months.append((week * (CELL + 2), week_days[0].strftime("%b")))
        for weekday, day in enumerate(week_days):
            count = days.get(day.isoformat(), 0)
            level = 0 if not count else max(1, round(LEVELS * count / busiest))
            cells.append(DayCell(week * (CELL + 2), weekday * (CELL + 2), day.isoformat(),
                                 count, level))
    return cells, months


def week_bars(attempts: list[Attempt], today: date, weeks: int = CHART_WEEKS) -> list[WeekBar]:
    """Attempts and passes per week (bars) and the pass rate (a line), the last `weeks`."""
    first_monday = today - timedelta(days=today.weekday() + 7 * (weeks - 1))
    tried: Counter[date] = Counter()
    passed: Counter[date] = Counter()
    for attempt in attempts:
        day = attempt.at.date()
        monday = day - timedelta(days=day.weekday())
        if monday >= first_monday:
            tried[monday] += 1
            passed[monday] += attempt.passed
    chart = WEEK_CHART
    inner_width = chart["width"] - chart["left"] - chart["right"]
    inner_height = chart["height"] - chart["top"] - chart["bottom"]
    bottom = chart["top"] + inner_height
    step = inner_width / weeks
    peak = max(tried.values(), default=0) or 1
    bars = []
    for index in range(weeks):
        monday = first_monday + timedelta(days=7 * index)
        count, passes = tried[monday], passed[monday]
        rate = passes / count if count else None
        bars.append(WeekBar(
            start=monday.isoformat(), label=monday.strftime("%d %b"),
            x=round(chart["left"] + index * step + step * 0.15, 1), width=round(step * 0.7, 1),
            attempts=count, passes=passes,
            attempts_y=round(bottom - inner_height * count / peak, 1),
            passes_y=round(bottom - inner_height * passes / peak, 1),
            rate=rate, rate_y=None if rate is None else round(bottom - inner_height * rate, 1)))
    return bars


def report_context(problems: dict[str, Problem], history: History,
                   now: datetime) -> dict[str, Any]:
    today = now.date()
    stats: Stats = compute_stats(problems, history, now)
    cells, months = calendar_cells(stats.days, today)
    weeks = week_bars(history.attempts(), today)
    trends = {report.topic: report.trend for report in topic_reports(problems, history, today)}
    return {
        "lessons": lessons(problems, history, now, trends),
        "generated": now.strftime("%Y-%m-%d %H:%M"),
        "stats": stats,
        "topics": topic_bars(problems, history, today),
        "trend_days": TREND_DAYS,
        "cells": cells,
        "months": months,
        "calendar_weeks": CALENDAR_WEEKS,
        "weeks": weeks,
        "rate_line": " ".join(f"{bar.x + bar.width / 2:.1f},{bar.rate_y}"
                              for bar in weeks if bar.rate_y is not None),
        "peak": max((bar.attempts for bar in weeks), default=0),
        "chart": WEEK_CHART,
        "layout": {"cell": CELL, "bar_width": BAR_WIDTH, "row_height": ROW_HEIGHT,
                   "label_width": LABEL_WIDTH},
    }


def render_report(context: dict[str, Any]) -> str:
    from trainer.problems.render import environment

    return environment(html=True).get_template("report.html.j2").render(**context)


REPORT_TITLE = "<title>trainer: progress report</title>"


def write_report(problems: dict[str, Problem], history: History, now: datetime,
                 output: Path, force: bool = False) -> Path:
    """Render the report and replace `output` with it whole. An earlier report is replaced;
    any other file only with `force`, and the history never."""
    _may_replace(output, history.path, force)
    html = render_report(report_context(problems, history, now))
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(f".{output.name}.tmp")
    partial.write_text(html, encoding="utf-8")
    partial.replace(output)
    return output


def _may_replace(output: Path, history_db: Path, force: bool) -> None:
    if not output.exists():
        return
    if output.is_dir():
        raise TrainerError(f"{output} is a folder: give the report a file name, "
                           "e.g. -o progress.html")
    beside = output.parent.samefile(history_db.parent)  # its -wal and -shm files too
    if output.samefile(history_db) or (beside and output.name.startswith(history_db.name)):
        raise TrainerError(f"{output} is the practice history itself: write the report "
                           "to another file, e.g. -o progress.html")
    try:
        with output.open("rb") as handle:
            earlier_report = REPORT_TITLE.encode() in handle.read(4096)
    except OSError:
        earlier_report = False
    if not earlier_report and not force:
        raise TrainerError(f"{output} already exists and is not a trainer report: choose "
                           "another name, or --force to replace it")
