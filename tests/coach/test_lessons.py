"""What review adds: each logged gap with its topic's trend, and the failures' kinds."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from tests.helpers import said, trainer
from trainer.coach.lessons import TopicFailures, lessons
from trainer.coach.practice import import_history
from trainer.problems.catalogue import load_catalogue
from trainer.store.history import History
from trainer.store.interviews import Interview
from trainer.workspace import Workspace

NOW = datetime.fromisoformat("2026-12-07T09:00:00+00:00")


def row(slug: str, days_ago: int, verdict: str, shown: Any = None, error: str = "") -> str:
    at = (NOW - timedelta(days=days_ago, minutes=-len(str(shown)))).isoformat()
    counterexample = None if shown is None else {"input": shown, "error": error or None}
    return json.dumps({"kind": "attempt", "slug": slug, "at": at, "verdict": verdict,
                       "rating": 3 if verdict == "passed" else 1, "seed": days_ago,
                       "cases": 3, "elapsed_s": 0.1, "hints": 0,
                       "file_hash": f"{slug}{days_ago}{shown}", "counterexample": counterexample})


def practised(workspace: Workspace, make_problem: Callable[..., Path]) -> None:
    make_problem("alpha", topic="arrays-hashing")
    make_problem("beta", topic="arrays-hashing")
    make_problem("gamma", topic="graphs")
    import_history(workspace, [
        row("alpha", 9, "wrong_answer", {"x": 0}), row("alpha", 8, "wrong_answer", {"x": []}),
        row("beta", 7, "wrong_answer", {"x": "a"}), row("beta", 6, "too_slow"),
        row("alpha", 5, "passed"),
        row("gamma", 4, "runtime_error", {"x": 3}, "IndexError: list index out of range"),
        row("gamma", 3, "runtime_error", {"x": 4}, "line 3, in f: NotImplementedError"),
        row("gamma", 2, "passed"),
    ])
    with History(workspace.history_db) as history:
        history.add_interview(Interview("2026-12-04", "failed", ("graphs",), "Acme"))


def test_gaps_carry_the_trend_and_failures_their_kinds(
        workspace: Workspace, make_problem: Callable[..., Path]) -> None:
    practised(workspace, make_problem)
    problems = load_catalogue(workspace.problems).index
    with History(workspace.history_db) as history:
        learnt = lessons(problems, history, NOW, {"graphs": "improving"})
    assert [(g.topic, g.attempts, g.passes, g.trend) for g in learnt.gaps] == [
        ("graphs", 2, 1, "improving")]
    assert learnt.failures["arrays-hashing"].kinds == {"edge": 3, "slow": 1}
    assert learnt.failures["arrays-hashing"].sentence == (
        "Your arrays-hashing failures are mostly edge cases (3 of 4).")
    # The stub's NotImplementedError says nothing about graphs; the IndexError does.
    assert learnt.failures["graphs"].kinds == {"crash": 1}
    assert learnt.failures["graphs"].sentence == "Your graphs failures: 1 crash."
    assert learnt.for_topic("graphs")["gaps"][0]["round"] == "the 2026-12-04 Acme round"
    assert learnt.for_topic("trees") == {"gaps": [], "failures": None}


def test_no_kind_is_mostly_when_none_is_half() -> None:
    mixed = TopicFailures("heap", {"edge": 1, "slow": 1, "crash": 1}, None)
    assert mixed.sentence == "Your heap failures: 1 edge case, 1 too slow, 1 crash."


def test_review_shows_the_gaps_and_the_failures_kinds(
        workspace: Workspace, make_problem: Callable[..., Path]) -> None:
    practised(workspace, make_problem)
    now = NOW.isoformat()
    shown = trainer("review", now=now)
    assert shown.returncode == 0, shown.stderr
    text = shown.stdout
    assert "\nGaps your interviews showed:\n  graphs: the 2026-12-04 Acme round, failed. " \
        in text
    assert "Gaps your interviews showed: graphs: the 2026-12-04 Acme round, failed. Since " \
        "then 2 attempts, 1 passed; trend new forecast for 2026-12-07: " in said(text)
    assert "\nWhat keeps failing:\n  Your arrays-hashing failures are mostly edge cases " \
        "(3 of 4).\n  Your graphs failures: 1 crash.\n" in text
    topics = {t["topic"]: t for t in json.loads(trainer("review", "--json", now=now).stdout)}
    assert topics["arrays-hashing"]["failures"]["mostly"] == "edge"
    assert [g["attempts_since"] for g in topics["graphs"]["gaps"]] == [2]
    assert topics["graphs"]["gaps"][0]["trend"] == "new"
    page = workspace.root / "page.html"
    assert trainer("report", "--output", str(page), now=now).returncode == 0
    html = page.read_text()
    assert "<h2>Gaps your interviews showed</h2>" in html
    assert "Your arrays-hashing failures are mostly edge cases (3 of 4)." in html


def test_review_without_attempts_still_shows_a_logged_gap(
        workspace: Workspace, make_problem: Callable[..., Path]) -> None:
    make_problem("gamma", topic="graphs")
    with History(workspace.history_db) as history:
        history.add_interview(Interview("2026-12-03", "failed", ("graphs",)))
    text = trainer("review", now=NOW.isoformat()).stdout
    assert "No attempts yet" in text
    assert "graphs: the 2026-12-03 round, failed. Since then 0 attempts, 0 passed" in text
