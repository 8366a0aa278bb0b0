from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from trainer.coach.review import leeches, topic_reports
from trainer.coach.scheduler import LEECH_FAILURES
from trainer.problems.catalogue import load_catalogue
from trainer.store.attempts import Attempt
from trainer.store.history import History
from trainer.workspace import Workspace

DAY = datetime.fromisoformat("2026-03-10T09:00:00+00:00")


def attempt(slug: str, passed: bool, when: datetime) -> Attempt:
    return Attempt(slug, when, "passed" if passed else "wrong_answer", 3 if passed else 1,
                   0, 10, 0.1, "h")


def test_the_failing_topic_comes_first_with_its_leech(
    workspace: Workspace, make_problem: Callable[..., Path]
) -> None:
    make_problem("g1", topic="graphs")
    make_problem("g2", topic="graphs", difficulty="medium")
    make_problem("h1", topic="heap")
    problems = load_catalogue(workspace.problems).problems
    with History(workspace.history_db) as history:
        for minutes in range(LEECH_FAILURES):
            history.record(attempt("g1", False, DAY + timedelta(minutes=minutes)), {},
                           "2026-03-11")
        history.record(attempt("h1", True, DAY), {}, "2026-03-20")
        reports = topic_reports(problems, history, DAY.date())
    assert [r.topic for r in reports] == ["graphs", "heap"]
    graphs = reports[0]
    assert graphs.leeches == ["g1"] and graphs.pass_rate == 0.0
    assert graphs.suggestion == "g2"  # an easier route than the leech
    assert reports[1].solved == 1 and reports[1].due == []


def test_a_leech_is_failed_four_times_whatever_came_after(workspace: Workspace) -> None:
    with History(workspace.history_db) as history:
        for minutes in range(LEECH_FAILURES - 1):
            history.record(attempt("a", False, DAY + timedelta(minutes=minutes)), {}, "x")
        history.record(attempt("a", True, DAY + timedelta(hours=1)), {}, "x")
        assert leeches(history.slug_counts("", "")) == set()
        history.record(attempt("a", False, DAY + timedelta(hours=2)), {}, "x")
        assert leeches(history.slug_counts("", "")) == {"a"}
