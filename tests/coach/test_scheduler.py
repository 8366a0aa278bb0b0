from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.helpers import small_bank
from trainer.coach.scheduler import (
    DEFAULT_RETENTION,
    LEECH_FAILURES,
    REVIEWS_IN_A_ROW,
    Past,
    choose,
    desired_retention,
    is_leech,
    rating_for,
    retrievability,
    review,
    reviews_in_a_row,
)
from trainer.errors import TrainerError
from trainer.problems.catalogue import load_catalogue
from trainer.problems.spec import Problem
from trainer.store.attempts import Attempt
from trainer.store.history import History
from trainer.workspace import Workspace

DAY1 = datetime.fromisoformat("2026-03-01T09:00:00+00:00")


def grade(history: History, slug: str, passed: bool, when: datetime) -> None:
    previous = history.previous(slug)
    rating = rating_for(passed, previous, hints=0)
    card, due = review(history.card(slug), slug, rating, when)
    history.record(Attempt(slug=slug, at=when, verdict="passed" if passed else "wrong_answer",
                           rating=int(rating), seed=1, cases=1, elapsed_s=0.1,
                           file_hash="x"), card, due)


def failures(history: History, slug: str) -> int:
    """As the scheduler counts them: days the problem was tried and not passed."""
    return Past.read(history).failures(slug)


def test_ratings_come_from_the_attempt() -> None:
    failed = Attempt("a", DAY1, "wrong_answer", 1, 0, 0, 0.0, "")
    assert rating_for(False, None, 0).name == "Again"
    assert rating_for(True, None, 0).name == "Good"
    assert rating_for(True, failed, 0).name == "Hard"
    assert rating_for(True, None, hints=1).name == "Hard"
    assert rating_for(True, None, 0, easy=True).name == "Easy"
    assert rating_for(True, failed, 0, easy=True).name == "Hard"
    assert rating_for(False, None, 0, easy=True).name == "Again"


def test_desired_retention_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert desired_retention() == DEFAULT_RETENTION
    monkeypatch.setenv("TRAINER_RETENTION", "0.8")
    assert desired_retention() == 0.8
    loose, _ = review(None, "a", rating_for(True, None, 0), DAY1)
    monkeypatch.setenv("TRAINER_RETENTION", "0.97")
    strict, _ = review(None, "a", rating_for(True, None, 0), DAY1)
    assert loose["due"] > strict["due"]  # remembering less allows longer intervals


@pytest.mark.parametrize("value", ["0.7", "0.99", "1.5", "90%", "nan", "-0.9"])
def test_an_invalid_desired_retention_says_what_is_valid(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("TRAINER_RETENTION", value)
    with pytest.raises(TrainerError, match=r"TRAINER_RETENTION=.*between 0\.7 and 0\.99"):
        desired_retention()


def test_new_problems_go_easy_first_and_stay_all_day(
    workspace: Workspace, make_problem: Callable[..., Path]
) -> None:
    make_problem("a-hard", difficulty="hard")
    make_problem("b-easy", difficulty="easy")
    problems = load_catalogue(workspace.problems).problems
    with History(workspace.history_db) as history:
        first = choose(problems, history, DAY1)
        assert first is not None and (first.slug, first.reason) == ("b-easy", "new")
        assert json.loads(json.dumps(asdict(first))) == asdict(first)
        later = choose(problems, history, DAY1 + timedelta(hours=5))
        assert later == first


def test_a_problem_failed_yesterday_comes_back_first(
    workspace: Workspace, make_problem: Callable[..., Path]
) -> None:
    for slug in ("a", "b", "c"):
        make_problem(slug)
    problems = load_catalogue(workspace.problems).problems
    with History(workspace.history_db) as history:
        grade(history, "b", False, DAY1)
        choice = choose(problems, history, DAY1 + timedelta(days=1))
        assert choice is not None and (choice.slug, choice.reason) == ("b", "review")


def test_topics_interleave_and_follow_failures(
    workspace: Workspace, make_problem: Callable[..., Path]
) -> None:
    make_problem("graphs-1", topic="graphs")
    make_problem("graphs-2", topic="graphs")
    make_problem("heap-1", topic="heap")
    make_problem("heap-2", topic="heap")
    problems = load_catalogue(workspace.problems).problems
    with History(workspace.history_db) as history:
        grade(history, "heap-1", False, DAY1)
        grade(history, "heap-1", True, DAY1 + timedelta(minutes=5))
        grade(history, "graphs-1", True, DAY1 + timedelta(minutes=10))
        choice = choose(problems, history, DAY1 + timedelta(hours=1))
        # heap fails more, and the last attempt was graphs: heap comes next
        assert choice is not None and choice.slug == "heap-2"


def test_after_enough_reviews_in_a_row_a_new_problem_comes_even_if_reviews_are_due(
    workspace: Workspace, make_problem: Callable[..., Path]
) -> None:
    old = [f"old-{i}" for i in range(REVIEWS_IN_A_ROW + 1)]
    for slug in [*old, "fresh"]:
        make_problem(slug, topic=slug)
    problems = load_catalogue(workspace.problems).problems
    with History(workspace.history_db) as history:
        for index, slug in enumerate(old):
            grade(history, slug, True, DAY1 + timedelta(days=index))
        later = DAY1 + timedelta(days=60)  # every old card is due by now
        for index in range(REVIEWS_IN_A_ROW):
            day = later + timedelta(days=index)
            choice = choose(problems, history, day)
            assert choice is not None and choice.reason == "review"
            grade(history, choice.slug, True, day)
        day = later + timedelta(days=REVIEWS_IN_A_ROW)
        assert any(due <= day.date().isoformat() for _, due in history.cards().values())
        choice = choose(problems, history, day)
        assert choice is not None and (choice.slug, choice.reason) == ("fresh", "new")


def test_reviews_in_a_row_counts_days_back_to_problems_seen_before() -> None:
    def attempt(slug: str, day: int, minute: int = 0) -> Attempt:
        return Attempt(slug, DAY1 + timedelta(days=day, minutes=minute), "passed", 3, 0, 0,
                       0.0, "")

    assert reviews_in_a_row([]) == 0
    assert reviews_in_a_row([attempt("a", 0), attempt("a", 1), attempt("b", 2)]) == 0
    assert reviews_in_a_row([attempt("a", 0), attempt("b", 1), attempt("a", 2),
                             attempt("a", 2, minute=5), attempt("b", 3)]) == 2


def test_a_leech_is_preceded_by_an_easier_problem_of_its_topic(
    workspace: Workspace, make_problem: Callable[..., Path]
) -> None:
    make_problem("graphs-easy", topic="graphs", difficulty="easy")
    make_problem("graphs-medium", topic="graphs", difficulty="medium")
    problems = load_catalogue(workspace.problems).problems
    with History(workspace.history_db) as history:
        for day in range(LEECH_FAILURES):
            grade(history, "graphs-medium", False, DAY1 + timedelta(days=day))
            assert is_leech(failures(history, "graphs-medium")) == (day + 1 >= LEECH_FAILURES)
        detour_day = DAY1 + timedelta(days=LEECH_FAILURES)
        detour = choose(problems, history, detour_day)
        assert detour is not None and (detour.slug, detour.reason) == ("graphs-easy", "new")
        assert "graphs-medium failed 4 times" in detour.why
        grade(history, "graphs-easy", True, detour_day)
        back = choose(problems, history, detour_day + timedelta(days=1))
        assert back is not None and (back.slug, back.reason) == ("graphs-medium", "review")


# -- properties over random histories ------------------------------------------------------
CATALOGUE = {  # slug: (topic, difficulty)
    "g-easy": ("graphs", "easy"), "g-medium": ("graphs", "medium"), "g-hard": ("graphs", "hard"),
    "h-easy": ("heap", "easy"), "h-hard": ("heap", "hard"),
    "t-easy": ("trees", "easy"), "t-medium": ("trees", "medium"),
}
SLUGS = sorted(CATALOGUE)
TOPICS = sorted({topic for topic, _ in CATALOGUE.values()})


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Problem]:
    return small_bank(tmp_path_factory.mktemp("bank"), CATALOGUE)


# A history: attempts of (problem, passed, days since the previous attempt).
steps = st.lists(st.tuples(st.sampled_from(SLUGS), st.booleans(), st.sampled_from([0, 1, 3, 30])),
                 max_size=12)
gaps = st.sampled_from([0, 1, 2, 40])
topics = st.none() | st.sampled_from(TOPICS)
PROPERTY = settings(max_examples=40, deadline=None)


@contextmanager
def replayed(history_steps: list[tuple[str, bool, int]]) -> Iterator[tuple[History, datetime]]:
    """A fresh history with these attempts, and the time of the last one."""
    with tempfile.TemporaryDirectory() as folder, History(Path(folder) / "h.sqlite3") as history:
        when = DAY1
        for slug, passed, gap in history_steps:
            when += timedelta(days=gap, minutes=1)
            grade(history, slug, passed, when)
        yield history, when


def failed_and_passed_on_last_day(history: History, today: str) -> tuple[set[str], set[str]]:
    earlier = [a for a in history.attempts() if a.day < today]
    if not earlier:
        return set(), set()
    # A day is passed when any of its gradings passed (a sitting, not its last grading).
    day = {a.slug: False for a in earlier if a.day == earlier[-1].day}
    for a in earlier:
        if a.day == earlier[-1].day:
            day[a.slug] = day[a.slug] or a.passed
    return ({s for s, ok in day.items() if not ok}, {s for s, ok in day.items() if ok})


def offers(bank: dict[str, Problem], history: History, today: str) -> set[str]:
    """Topics with something to practise today: a due review or a new problem allowed."""
    last_day = {a.slug: a.day for a in history.attempts()}
    due = {slug for slug, (_, due_day) in history.cards().items()
           if due_day <= today and last_day[slug] < today}
    return {bank[slug].topic for slug in due} | new_topics(bank, history)


def new_topics(bank: dict[str, Problem], history: History) -> set[str]:
    """Topics with an unseen problem allowed: not hard, or its topic's easier ones passed."""
    attempts = history.attempts()
    seen = {a.slug for a in attempts}
    passed = {a.slug for a in attempts if a.passed}
    return {p.topic for slug, p in bank.items() if slug not in seen and (
        p.difficulty != "hard" or all(o.slug in passed for o in bank.values()
                                      if o.topic == p.topic and o.difficulty != "hard"))}


@PROPERTY
@given(history_steps=steps, gap=gaps, topic=topics)
def test_a_failed_problem_comes_before_one_passed_the_same_day(
    bank: dict[str, Problem], history_steps: list[tuple[str, bool, int]], gap: int,
    topic: str | None
) -> None:
    # The next day or later: on the day itself, today's pick (kept until it is passed)
    # brings a failed problem back, not this rule.
    assume(gap >= 1)
    with replayed(history_steps) as (history, last):
        now = last + timedelta(days=gap)
        failed, passed = failed_and_passed_on_last_day(history, now.date().isoformat())
        choice = choose(bank, history, now, topic)
        failed = {s for s in failed if topic in (None, bank[s].topic)}
        if failed:
            assert choice is not None and choice.slug not in passed - failed
            if not any(is_leech(failures(history, slug)) for slug in failed):
                assert choice.slug in failed and choice.reason == "review"


@PROPERTY
@given(history_steps=steps, gap=gaps, topic=topics, hours=st.integers(0, 14))
def test_the_choice_stays_the_same_all_day(
    bank: dict[str, Problem], history_steps: list[tuple[str, bool, int]], gap: int,
    topic: str | None, hours: int
) -> None:
    with replayed(history_steps) as (history, last):
        morning = (last + timedelta(days=gap)).replace(hour=1)
        first = choose(bank, history, morning, topic)
        assert choose(bank, history, morning + timedelta(hours=hours), topic) == first


@PROPERTY
@given(history_steps=steps, gap=gaps, topic=st.sampled_from(TOPICS))
def test_a_topic_filter_is_always_honoured(
    bank: dict[str, Problem], history_steps: list[tuple[str, bool, int]], gap: int, topic: str
) -> None:
    with replayed(history_steps) as (history, last):
        choice = choose(bank, history, last + timedelta(days=gap), topic)
        assert choice is None or bank[choice.slug].topic == topic


@PROPERTY
@given(history_steps=steps, gap=gaps, topic=topics)
def test_a_new_problem_is_never_hard_while_an_easier_one_of_its_topic_is_unpassed(
    bank: dict[str, Problem], history_steps: list[tuple[str, bool, int]], gap: int,
    topic: str | None
) -> None:
    with replayed(history_steps) as (history, last):
        choice = choose(bank, history, last + timedelta(days=gap), topic)
        if choice is not None and choice.reason == "new" and bank[choice.slug].difficulty == "hard":
            passed = {a.slug for a in history.attempts() if a.passed}
            easier = [p.slug for p in bank.values()
                      if p.topic == bank[choice.slug].topic and p.difficulty != "hard"]
            assert set(easier) <= passed


@PROPERTY
@given(history_steps=steps.filter(bool), gap=gaps)
def test_the_same_topic_never_comes_twice_in_a_row_when_another_has_something(
    bank: dict[str, Problem], history_steps: list[tuple[str, bool, int]], gap: int
) -> None:
    with replayed(history_steps) as (history, last):
        now = last + timedelta(days=gap)
        today = now.date().isoformat()
        failed, _ = failed_and_passed_on_last_day(history, today)
        last_topic = bank[history_steps[-1][0]].topic
        choice = choose(bank, history, now)
        if not failed and offers(bank, history, today) - {last_topic}:  # no retry pending
            assert choice is not None and bank[choice.slug].topic != last_topic


@st.composite
def review_streaks(draw: st.DrawFn) -> list[tuple[str, bool, int]]:
    """Problems met and passed, one a day, then at least REVIEWS_IN_A_ROW days of reviews."""
    met = draw(st.lists(st.sampled_from(SLUGS), min_size=1, max_size=4, unique=True))
    reviewed = draw(st.lists(st.sampled_from(met), min_size=REVIEWS_IN_A_ROW,
                             max_size=REVIEWS_IN_A_ROW + 2))
    return [(slug, True, draw(st.sampled_from([1, 3]))) for slug in met + reviewed]


@PROPERTY
@given(history_steps=review_streaks(), gap=st.sampled_from([1, 2, 40]))
def test_a_new_problem_comes_after_enough_reviews_in_a_row(
    bank: dict[str, Problem], history_steps: list[tuple[str, bool, int]], gap: int
) -> None:
    with replayed(history_steps) as (history, last):
        now = last + timedelta(days=gap)
        today = now.date().isoformat()
        failed, _ = failed_and_passed_on_last_day(history, today)
        last_topic = bank[history_steps[-1][0]].topic
        choice = choose(bank, history, now)
        if (not failed and reviews_in_a_row(history.attempts()) >= REVIEWS_IN_A_ROW
                and new_topics(bank, history) - {last_topic}):
            assert choice is not None and choice.reason == "new"


@given(ratings=st.lists(st.sampled_from([1, 2, 3, 4]), max_size=6),
       gaps=st.lists(st.integers(0, 400 * 24 * 60), min_size=7, max_size=7),
       later=st.integers(-2 * 24 * 60, 3000 * 24 * 60))
def test_retrievability_is_fsrs_own(ratings: list[int], gaps: list[int], later: int) -> None:
    from fsrs import Card, Rating

    from trainer.coach.scheduler import fsrs_scheduler

    when = DAY1
    card: dict[str, Any] | None = None
    for rating, gap in zip(ratings, gaps, strict=False):
        when += timedelta(minutes=gap)
        card, _ = review(card, "two-sum", Rating(rating), when)
    card = card or Card(card_id=1, due=DAY1).to_dict()
    at = when + timedelta(minutes=later)
    expected = fsrs_scheduler().get_card_retrievability(Card.from_dict(card), at)
    assert retrievability(card, at) == float(expected)


def review_history(failed_reviews: int, reviews: int = 20) -> list[Attempt]:
    """Problems met and passed on day 0, then one review a day, the first ones failed."""
    slugs = [f"p{number}" for number in range(reviews)]
    met = [Attempt(slug, DAY1, "passed", 3, 0, 1, 0.1, "") for slug in slugs]
    reviewed = [Attempt(slug, DAY1 + timedelta(days=day + 1),
                        "wrong_answer" if day < failed_reviews else "passed", 3, 0, 1, 0.1, "")
                for day, slug in enumerate(slugs)]
    return met + reviewed


def test_the_mix_eases_while_nearly_every_review_is_passed() -> None:
    from trainer.coach.scheduler import (
        EASY_MIX,
        EASY_REVIEWS,
        REVIEW_WINDOW,
        review_pass_rate,
        reviews_allowed,
    )

    assert review_pass_rate(review_history(0, REVIEW_WINDOW - 1), REVIEW_WINDOW) is None
    assert reviews_allowed(review_history(0, REVIEW_WINDOW - 1)) == REVIEWS_IN_A_ROW
    assert review_pass_rate(review_history(5), REVIEW_WINDOW) == 0.75
    assert reviews_allowed(review_history(5)) == REVIEWS_IN_A_ROW
    holding = review_history(round(REVIEW_WINDOW * (1 - EASY_REVIEWS)))
    assert review_pass_rate(holding, REVIEW_WINDOW) == EASY_REVIEWS
    assert reviews_allowed(holding) == EASY_MIX < REVIEWS_IN_A_ROW
