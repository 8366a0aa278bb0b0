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


def next_json(day: str) -> dict[str, str]:
    shown = trainer("next", "--json", now=f"{day}T09:00:00+00:00")
    assert shown.returncode == 0, shown.stderr
    return dict(json.loads(shown.stdout))


def solve(workspace: Workspace, slug: str, day: str) -> None:
    """Pass today's problem with its reference, as a learner who solved it would."""
    solution = (workspace.problems / slug / "reference.py").read_text() + f"\n# {day}\n"
    workspace.solution_path(slug).write_text(solution)
    graded = trainer("grade", slug, now=f"{day}T09:30:00+00:00")
    assert graded.returncode == 0, graded.stdout + graded.stderr


def test_a_failed_round_on_graphs_brings_graphs_problems_in_the_next_days(
        with_problems: Callable[..., Workspace]) -> None:
    workspace = with_problems("contains-duplicate", "climbing-stairs", "number-of-islands",
                              "max-area-of-island")
    assert next_json("2026-12-02")["topic"] != "graphs"
    added = trainer("interview", "add", "--date", "2026-12-01", "--outcome", "failed",
                    "--topics", "graphs", "--company", "Acme", now="2026-12-02T09:05:00+00:00")
    assert added.returncode == 0, added.stderr
    topics = []
    for day in ("2026-12-02", "2026-12-03", "2026-12-04"):
        shown = next_json(day)
        topics.append(shown["topic"])
        assert shown["reason"] in ("new", "review")
        if shown["topic"] == "graphs":
            assert shown["why"].startswith("graphs: the 2026-12-01 Acme round")
        solve(workspace, shown["slug"], day)
    # Graphs first, another topic between (never the same topic twice in a row), graphs again.
    assert topics[0] == topics[2] == "graphs" and topics[1] != "graphs"


def test_an_upcoming_interview_in_five_days_changes_what_next_gives(
        with_problems: Callable[..., Workspace]) -> None:
    with_problems("contains-duplicate", "climbing-stairs", "invert-binary-tree", "max-depth")
    before = next_json("2026-12-07")
    assert before["topic"] != "trees"
    trainer("interview", "add", "--date", "2026-12-12", "--topics", "trees",
            "--company", "Initech", now=NOW)
    after = next_json("2026-12-07")
    assert (after["slug"], after["reason"]) == ("invert-binary-tree", "new")
    assert after["why"] == "trees: the 2026-12-12 Initech round asks it"
    plan = json.loads(trainer("plan", "--json", now=NOW).stdout)
    assert plan["days_left"] == 5 and len(plan["days"]) == 5
