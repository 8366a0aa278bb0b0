from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from trainer.coach.review import TopicReport, leeches, topic_reports
from trainer.coach.scheduler import LEECH_FAILURES, Past, is_leech
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
        for days in range(LEECH_FAILURES):
            history.record(attempt("g1", False, DAY - timedelta(days=days)), {},
                           "2026-03-11")
        history.record(attempt("h1", True, DAY), {}, "2026-03-20")
        reports = topic_reports(problems, history, DAY.date())
    assert [r.topic for r in reports] == ["graphs", "heap"]
    graphs = reports[0]
    assert graphs.leeches == ["g1"] and graphs.pass_rate == 0.0
    assert graphs.suggestion == "g2"  # an easier route than the leech
    assert reports[1].solved == 1 and reports[1].due == []


def test_a_leech_is_failed_on_four_days_whatever_came_after(workspace: Workspace) -> None:
    with History(workspace.history_db) as history:
        for days in range(LEECH_FAILURES - 1):
            history.record(attempt("a", False, DAY + timedelta(days=days)), {}, "x")
        history.record(attempt("a", True, DAY + timedelta(days=LEECH_FAILURES)), {}, "x")
        assert leeches(history.attempts(counted=True)) == set()
        history.record(attempt("a", False, DAY + timedelta(days=LEECH_FAILURES + 1)), {}, "x")
        assert leeches(history.attempts(counted=True)) == {"a"}


def test_failed_gradings_of_one_day_are_one_failure_as_the_scheduler_counts(
    workspace: Workspace, make_problem: Callable[..., Path]
) -> None:
    make_problem("a")
    problems = load_catalogue(workspace.problems).problems
    with History(workspace.history_db) as history:
        for minutes in range(2 * LEECH_FAILURES):  # one long sitting, never passed
            history.record(attempt("a", False, DAY + timedelta(minutes=minutes)), {}, "x")
        report = topic_reports(problems, history, DAY.date())[0]
        past = Past.read(history)
    assert report.leeches == [] and not is_leech(past.failures("a"))


@pytest.mark.parametrize(("time", "space", "judged", "sentence"), [
    (0, 0, 4, None),
    (3, 0, 7, "complexity claims missed: 3 of 7, all time"),
    (2, 1, 7, "complexity claims missed: 3 of 7, mostly time"),
    (1, 2, 5, "complexity claims missed: 3 of 5, mostly space"),
    (0, 1, 1, "complexity claims missed: 1 of 1, all space"),
    (1, 1, 2, "complexity claims missed: 2 of 2, time and space alike"),
])
def test_missed_complexity_claims_read_as_a_gap(time: int, space: int, judged: int,
                                                 sentence: str | None) -> None:
    report = TopicReport("graphs", 3, claims=judged, claims_missed=time + space,
                         claims_missed_time=time, claims_missed_space=space)
    assert report.claims_sentence == sentence
    assert report.to_json()["claims_missed"] == time + space
