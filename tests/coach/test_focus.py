"""How interviews steer `next`: the weight of a round, the topics it points at, reviews
pulled before an upcoming interview's day, and no new hard problem in its last days."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.coach.test_scheduler import CATALOGUE, SLUGS, TOPICS, grade
from tests.helpers import small_bank
from trainer.coach.focus import (
    FAILED_WEIGHT,
    HALF_LIFE_DAYS,
    LAST_DAYS_WITHOUT_HARD,
    MAX_AGE_DAYS,
    PASSED_WEIGHT,
    round_weight,
    topic_focus,
)
from trainer.coach.scheduler import PULL_DAYS, choose, day_recall, review, review_day
from trainer.problems.catalogue import load_catalogue
from trainer.problems.spec import Problem
from trainer.store.history import History
from trainer.store.interviews import Interview
from trainer.workspace import Workspace

TODAY = date(2026, 12, 2)
NOW = datetime.fromisoformat("2026-12-02T09:00:00+00:00")


def interview(day: str, outcome: str, *topics: str, company: str = "") -> Interview:
    return Interview(day=day, outcome=outcome, topics=topics, company=company)


def test_a_failed_round_weighs_more_than_a_passed_one_and_both_fade() -> None:
    yesterday, month_ago = "2026-12-01", (TODAY - timedelta(days=HALF_LIFE_DAYS + 1)).isoformat()
    failed = round_weight(interview(yesterday, "failed", "graphs"), TODAY)
    passed = round_weight(interview(yesterday, "passed", "graphs"), TODAY)
    older = round_weight(interview(month_ago, "failed", "graphs"), TODAY)
    assert failed > passed > 0 and failed > older
    assert failed == pytest.approx(FAILED_WEIGHT * 0.5 ** (1 / HALF_LIFE_DAYS))
    assert passed == pytest.approx(PASSED_WEIGHT * 0.5 ** (1 / HALF_LIFE_DAYS))
    assert older == pytest.approx(failed / 2)
    ancient = (TODAY - timedelta(days=MAX_AGE_DAYS + 1)).isoformat()
    assert round_weight(interview(ancient, "failed", "graphs"), TODAY) == 0
    assert round_weight(interview("2026-12-05", "upcoming", "graphs"), TODAY) > 0
    assert round_weight(interview("2026-11-30", "upcoming", "graphs"), TODAY) == 0


def test_a_topic_adds_up_its_rounds_and_names_the_heaviest() -> None:
    recent = interview("2026-12-01", "failed", "graphs", company="Acme")
    focus = topic_focus([interview("2026-10-01", "failed", "graphs", "heap"), recent], TODAY)
    assert set(focus) == {"graphs", "heap"}
    assert focus["graphs"].weight > focus["heap"].weight
    assert focus["graphs"].interview == recent


@pytest.fixture
def bank(workspace: Workspace, make_problem: Callable[..., Path]) -> dict[str, Problem]:
    for slug, (topic, difficulty) in CATALOGUE.items():
        make_problem(slug, topic=topic, difficulty=difficulty)
    return load_catalogue(workspace.problems).problems


def test_a_failed_round_brings_its_topic_first_and_names_the_round(
        workspace: Workspace, bank: dict[str, Problem]) -> None:
    with History(workspace.history_db) as history:
        before = choose(bank, history, NOW)
        assert before is not None and bank[before.slug].topic != "trees"
        history.set_state("pick", None)
        history.add_interview(interview("2026-12-01", "failed", "trees", company="Acme"))
        after = choose(bank, history, NOW)
    assert after is not None and (after.slug, after.reason) == ("t-easy", "new")
    assert after.why == "trees: the 2026-12-01 Acme round went wrong there"


def test_a_failed_round_outweighs_a_passed_one_and_a_recent_round_an_old_one(
        workspace: Workspace, bank: dict[str, Problem]) -> None:
    with History(workspace.history_db) as history:
        history.add_interview(interview("2026-12-01", "passed", "graphs"))
        history.add_interview(interview("2026-12-01", "failed", "trees"))
        history.add_interview(interview("2026-09-01", "failed", "heap"))
        choice = choose(bank, history, NOW)
    assert choice is not None and bank[choice.slug].topic == "trees"


def test_a_gap_topic_gets_a_new_problem_even_while_reviews_are_due(
        workspace: Workspace, bank: dict[str, Problem]) -> None:
    with History(workspace.history_db) as history:
        grade(history, "h-easy", True, NOW - timedelta(days=40))
        grade(history, "g-easy", True, NOW - timedelta(days=39))
        plain = choose(bank, history, NOW)
        assert plain is not None and plain.reason == "review"
        history.set_state("pick", None)
        history.add_interview(interview("2026-12-01", "failed", "trees"))
        steered = choose(bank, history, NOW)
    assert steered is not None and (steered.slug, steered.reason) == ("t-easy", "new")


def test_a_review_in_a_gap_topic_comes_due_earlier(workspace: Workspace,
                                                   bank: dict[str, Problem]) -> None:
    with History(workspace.history_db) as history:
        grade(history, "g-easy", True, NOW - timedelta(days=1))
        card, due_day = history.cards()["g-easy"]
    early, pulled = review_day(card, due_day, weight=1.0)
    assert early < due_day and not pulled
    assert review_day(card, due_day) == (due_day, False)


def test_no_new_hard_problem_in_the_last_two_days_before_an_interview(
        workspace: Workspace, bank: dict[str, Problem]) -> None:
    with History(workspace.history_db) as history:
        grade(history, "g-easy", True, NOW - timedelta(days=1))
        grade(history, "g-medium", True, NOW - timedelta(days=1, minutes=-5))
        grade(history, "h-easy", True, NOW - timedelta(days=1, minutes=-10))
        history.add_interview(interview("2026-12-01", "failed", "graphs"))
        early = choose(bank, history, NOW)
        assert early is not None and early.slug == "g-hard"
        history.set_state("pick", None)
        day = (TODAY + timedelta(days=LAST_DAYS_WITHOUT_HARD)).isoformat()
        history.add_interview(interview(day, "upcoming", "graphs", company="Initech"))
        late = choose(bank, history, NOW)
    assert late is not None and late.slug != "g-hard"


def test_an_uncovered_gap_topic_comes_first_when_the_days_run_short(
        workspace: Workspace, bank: dict[str, Problem]) -> None:
    with History(workspace.history_db) as history:
        for ago in (200, 150, 80, 20):  # well learnt, practised three weeks ago
            for number, slug in enumerate(("t-easy", "t-medium")):
                grade(history, slug, True, NOW - timedelta(days=ago, minutes=-number))
        grade(history, "h-easy", True, NOW - timedelta(days=1))
        assert all(due > "2026-12-03" for slug, (_, due) in history.cards().items()
                   if slug.startswith("t-"))
        history.add_interview(interview("2026-12-03", "upcoming", "trees", company="Initech"))
        choice = choose(bank, history, NOW)
    # Nothing of trees is due nor new: a refresh of one of its problems, before the day.
    assert choice is not None and bank[choice.slug].topic == "trees"
    assert choice.reason == "review"
    assert "a refresh before the 2026-12-03 Initech round" in choice.why


# -- properties -----------------------------------------------------------------------------
PROPERTY = settings(max_examples=40, deadline=None)
ratings = st.lists(st.sampled_from([1, 2, 3, 4]), min_size=1, max_size=5)


def card_after(ratings_given: list[int], gaps: list[int]) -> tuple[dict[str, Any], str]:
    from fsrs import Rating

    when, card, due_day = NOW, None, ""
    for rating, gap in zip(ratings_given, gaps, strict=False):
        when += timedelta(days=gap)
        card, due_day = review(card, "g-easy", Rating(rating), when)
    assert card is not None
    return card, due_day


@PROPERTY
@given(ratings_given=ratings, gaps=st.lists(st.integers(0, 40), min_size=5, max_size=5),
       weight=st.floats(0, 3), ahead=st.integers(0, 120), target=st.floats(0.71, 0.98))
def test_a_pulled_forward_review_is_never_due_on_or_after_the_interview_day(
        ratings_given: list[int], gaps: list[int], weight: float, ahead: int,
        target: float) -> None:
    card, due_day = card_after(ratings_given, gaps)
    last = datetime.fromisoformat(card["last_review"])
    interview_day = last + timedelta(days=ahead)
    day, pulled = review_day(card, due_day, weight, interview_day, target)
    assert day <= due_day  # interviews only ever bring a review earlier
    assert review_day(card, due_day, weight) <= (due_day, False)
    if pulled:
        assert day <= (interview_day.date() - timedelta(days=PULL_DAYS)).isoformat()
        assert day_recall(card, interview_day) < target
    elif day_recall(card, interview_day) < target:
        assert day < interview_day.date().isoformat()  # due before the day anyway


rounds = st.lists(st.tuples(st.sampled_from(["failed", "passed"]), st.integers(0, 200),
                            st.sets(st.sampled_from(TOPICS), min_size=1)), max_size=3)
steps = st.lists(st.tuples(st.sampled_from(SLUGS), st.booleans(), st.sampled_from([0, 1, 3])),
                 max_size=10)


@contextmanager
def with_interviews(history_steps: list[tuple[str, bool, int]],
                    past_rounds: list[tuple[str, int, set[str]]], upcoming_in: int | None,
                    upcoming_topics: set[str]) -> Iterator[tuple[History, datetime]]:
    """A history of these attempts and rounds; `now` the day after the last attempt."""
    with tempfile.TemporaryDirectory() as folder, History(Path(folder) / "h.sqlite3") as history:
        when = NOW
        for slug, passed, gap in history_steps:
            when += timedelta(days=gap, minutes=1)
            grade(history, slug, passed, when)
        now = when + timedelta(days=1)
        for outcome, age, topics in past_rounds:
            day = (now.date() - timedelta(days=age)).isoformat()
            history.add_interview(interview(day, outcome, *sorted(topics)))
        if upcoming_in is not None:
            day = (now.date() + timedelta(days=upcoming_in)).isoformat()
            history.add_interview(interview(day, "upcoming", *sorted(upcoming_topics)))
        yield history, now


@pytest.fixture(scope="module")
def property_bank(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Problem]:
    return small_bank(tmp_path_factory.mktemp("bank"), CATALOGUE)


@PROPERTY
@given(history_steps=steps, past_rounds=rounds, upcoming_in=st.integers(0, LAST_DAYS_WITHOUT_HARD),
       upcoming_topics=st.sets(st.sampled_from(TOPICS), min_size=1))
def test_no_new_hard_problem_starts_in_the_last_days_before_an_interview(
        property_bank: dict[str, Problem], history_steps: list[tuple[str, bool, int]],
        past_rounds: list[tuple[str, int, set[str]]], upcoming_in: int,
        upcoming_topics: set[str]) -> None:
    with with_interviews(history_steps, past_rounds, upcoming_in, upcoming_topics) as (
            history, now):
        choice = choose(property_bank, history, now)
    assert choice is None or choice.reason != "new" or \
        property_bank[choice.slug].difficulty != "hard"


@PROPERTY
@given(history_steps=steps.filter(bool), past_rounds=rounds,
       upcoming_in=st.none() | st.integers(0, 10),
       upcoming_topics=st.sets(st.sampled_from(TOPICS), min_size=1),
       topic=st.none() | st.sampled_from(TOPICS))
def test_interviews_never_override_the_topic_filter_nor_yesterdays_retry(
        property_bank: dict[str, Problem], history_steps: list[tuple[str, bool, int]],
        past_rounds: list[tuple[str, int, set[str]]], upcoming_in: int | None,
        upcoming_topics: set[str], topic: str | None) -> None:
    with with_interviews(history_steps, past_rounds, upcoming_in, upcoming_topics) as (
            history, now):
        attempts = history.attempts()
        last_day = attempts[-1].day
        failed = sorted(slug for slug in {a.slug for a in attempts if a.day == last_day}
                        if not any(a.passed for a in attempts
                                   if a.slug == slug and a.day == last_day)
                        and topic in (None, property_bank[slug].topic))
        leech = any(sum(1 for d in {a.day for a in attempts if a.slug == slug}
                        if not any(a.passed for a in attempts if a.slug == slug and a.day == d))
                    >= 4 for slug in failed)
        choice = choose(property_bank, history, now, topic)
    assert choice is None or topic in (None, property_bank[choice.slug].topic)
    if failed and not leech:
        assert choice is not None and choice.slug == failed[0] and choice.reason == "review"


@PROPERTY
@given(ages=st.tuples(st.integers(0, 400), st.integers(0, 400)))
def test_a_rounds_weight_never_grows_with_age_and_a_pass_never_outweighs_a_failure(
        ages: tuple[int, int]) -> None:
    younger, older = sorted(ages)

    def weight(outcome: str, age: int) -> float:
        return round_weight(interview((TODAY - timedelta(days=age)).isoformat(), outcome,
                                      "graphs"), TODAY)

    for outcome in ("failed", "passed"):
        assert weight(outcome, younger) >= weight(outcome, older) >= 0
    assert weight("failed", younger) >= weight("passed", younger)
    assert (weight("failed", older) > 0) == (older <= MAX_AGE_DAYS)
