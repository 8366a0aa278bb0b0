"""`trainer interview`, through the real command."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable

from tests.helpers import TRAINER, trainer
from trainer.workspace import Workspace

NOW = "2026-12-07T09:00:00+00:00"


def test_record_list_and_remove_rounds(with_problems: Callable[..., Workspace]) -> None:
    with_problems("number-of-islands", "house-robber")
    failed = trainer("interview", "add", "--date", "2026-12-01", "--outcome", "failed",
                     "--topics", "graphs,dp-1d", "--company", "Acme", now=NOW)
    assert failed.returncode == 0, failed.stderr
    assert failed.stdout == "Recorded #1 2026-12-01 failed at Acme: graphs, dp-1d\n"
    upcoming = trainer("interview", "add", "--date", "2026-12-12", "--topics", "graphs",
                       "--json", now=NOW)
    assert json.loads(upcoming.stdout)["outcome"] == "upcoming"
    listed = trainer("interview", "list", now=NOW)
    assert listed.stdout.splitlines() == ["#1 2026-12-01 failed at Acme: graphs, dp-1d",
                                          "#2 2026-12-12 upcoming: graphs"]
    assert trainer("interview", "remove", "1", now=NOW).returncode == 0
    assert [i["id"] for i in json.loads(trainer("interview", "list", "--json",
                                                now=NOW).stdout)] == [2]
    gone = trainer("interview", "remove", "1", now=NOW)
    assert gone.returncode == 2 and "no interview #1" in gone.stderr


def test_a_misspelt_topic_gets_a_suggestion_and_nothing_is_recorded(
        with_problems: Callable[..., Workspace]) -> None:
    with_problems("number-of-islands")
    typo = trainer("interview", "add", "--outcome", "failed", "--topics", "graph", now=NOW)
    assert typo.returncode == 2
    assert "no topic 'graph'; did you mean graphs?" in typo.stderr
    assert json.loads(trainer("interview", "list", "--json", now=NOW).stdout) == []


def test_topics_complete_after_a_comma(with_problems: Callable[..., Workspace]) -> None:
    with_problems("number-of-islands", "house-robber", "climbing-stairs")
    env = {**os.environ, "_TRAINER_COMPLETE": "bash_complete",
           "COMP_WORDS": "trainer interview add --topics graphs,d", "COMP_CWORD": "4"}
    result = subprocess.run([str(TRAINER)], capture_output=True, text=True, env=env,
                            timeout=60)
    assert result.stdout.split() == ["plain,graphs,dp-1d"]


def test_an_upcoming_interview_in_five_days_gets_a_five_day_plan(
        with_problems: Callable[..., Workspace]) -> None:
    with_problems("number-of-islands", "max-area-of-island", "max-depth", "house-robber")
    none = trainer("plan", now=NOW)
    assert none.returncode == 0 and "No upcoming interview" in none.stdout
    trainer("interview", "add", "--date", "2026-12-12", "--topics", "graphs,trees",
            "--company", "Initech", now=NOW)
    shown = trainer("plan", now=NOW)
    assert shown.returncode == 0, shown.stderr
    assert "Your interview at Initech on 2026-12-12 is in 5 days." in shown.stdout
    day_lines = [line for line in shown.stdout.splitlines() if line.startswith("  ")
                 and line.split()[1:2] and line.split()[1].startswith("2026-12-")]
    assert [line.split()[1] for line in day_lines] == [
        "2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11"]
    plan = json.loads(trainer("plan", "--json", now=NOW).stdout)
    assert len(plan["days"]) == 5
    assert sorted(item["slug"] for day in plan["days"] for item in day["items"]) == [
        "max-area-of-island", "max-depth", "number-of-islands"]
    assert [f["topic"] for f in plan["forecasts"]] == ["graphs", "trees"]
