"""Interview rounds as the learner describes them: days, outcomes and topics checked."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from trainer.coach.interviews import parse_day, parse_topics, record_interview
from trainer.errors import TrainerError
from trainer.workspace import Workspace

TODAY = date(2026, 12, 7)
NOW = datetime.fromisoformat("2026-12-07T09:00:00+00:00")
TOPICS = ["dp-1d", "graphs", "trees"]


@pytest.mark.parametrize(("text", "day"), [
    (None, TODAY), ("", TODAY), ("today", TODAY), ("Tomorrow", date(2026, 12, 8)),
    ("yesterday", date(2026, 12, 6)), ("2026-12-24", date(2026, 12, 24)),
])
def test_days_in_the_words_a_learner_uses(text: str | None, day: date) -> None:
    assert parse_day(text, TODAY) == day


@pytest.mark.parametrize("text", ["12/24", "2026-02-30", "next week"])
def test_a_day_that_is_no_day_says_how_to_write_one(text: str) -> None:
    with pytest.raises(TrainerError, match="YYYY-MM-DD"):
        parse_day(text, TODAY)


def test_topics_are_the_banks_in_the_order_given_once() -> None:
    assert parse_topics(" Graphs, dp-1d,,graphs ", TOPICS) == ("graphs", "dp-1d")


@pytest.mark.parametrize(("text", "message"), [
    ("graph", "did you mean graphs"),
    ("cooking", "the topics are: dp-1d, graphs, trees"),
    (" , ", "at least one topic"),
])
def test_an_unknown_topic_is_named_with_a_way_out(text: str, message: str) -> None:
    with pytest.raises(TrainerError, match=message):
        parse_topics(text, TOPICS)


def record(workspace: Workspace, day: str | None, outcome: str | None) -> str:
    return record_interview(workspace, TOPICS, day=day, outcome=outcome, topics="graphs",
                            company="", note="", now=NOW).outcome


def test_a_day_after_today_is_an_upcoming_interview(workspace: Workspace) -> None:
    assert record(workspace, "2026-12-10", None) == "upcoming"
    assert record(workspace, "today", "upcoming") == "upcoming"


@pytest.mark.parametrize(("day", "outcome", "message"), [
    ("2026-12-01", None, "how did the round of 2026-12-01 go"),
    (None, None, "how did the round of 2026-12-07 go"),
    ("2026-12-01", "upcoming", "is past"),
    ("2026-12-10", "failed", "is still to come"),
])
def test_an_outcome_that_cannot_be_is_refused(workspace: Workspace, day: str | None,
                                             outcome: str | None, message: str) -> None:
    with pytest.raises(TrainerError, match=message):
        record(workspace, day, outcome)


def test_a_new_round_rechooses_todays_pick_unless_it_was_begun(
        workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    from trainer.coach import state
    from trainer.coach.interviews import remove_interview
    from trainer.store.attempts import Attempt
    from trainer.store.history import History

    pick = {"day": "2026-12-07", "topic": None, "slug": "a", "reason": "new", "why": "w"}
    with History(workspace.history_db) as history:
        history.set_state(state.PICK, pick)
    record(workspace, "2026-12-01", "failed")
    with History(workspace.history_db) as history:
        assert history.get_state(state.PICK) is None  # untouched: chosen afresh
        history.set_state(state.PICK, pick)
        history.record(Attempt("a", NOW, "wrong_answer", 1, 1, 1, 0.1, "h"), None, "")
    monkeypatch.setenv("TRAINER_NOW", NOW.isoformat())  # remove_interview reads the clock
    record(workspace, "2026-12-02", "failed")
    remove_interview(workspace, 1)
    with History(workspace.history_db) as history:
        assert history.get_state(state.PICK) == pick  # begun today: it stays
