from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import MINIMAL_REFERENCE, MINIMAL_SPEC
from trainer.history import Attempt, History
from trainer.scheduler import choose, rating_for, review
from trainer.spec import load_catalogue
from trainer.workspace import Workspace

DAY1 = datetime.fromisoformat("2026-03-01T09:00:00+00:00")


def grade(history: History, slug: str, passed: bool, when: datetime) -> None:
    previous = history.previous(slug)
    rating = rating_for(passed, previous, hints=0)
    card, due = review(history.card(slug), slug, rating, when)
    history.record(Attempt(slug=slug, at=when, verdict="passed" if passed else "wrong_answer",
                           rating=int(rating), seed=1, cases=1, elapsed_s=0.1,
                           file_hash="x"), card, due)


def test_ratings_come_from_the_attempt() -> None:
    failed = Attempt("a", DAY1, "wrong_answer", 1, 0, 0, 0.0, "")
    assert rating_for(False, None, 0).name == "Again"
    assert rating_for(True, None, 0).name == "Good"
    assert rating_for(True, failed, 0).name == "Hard"
    assert rating_for(True, None, hints=1).name == "Hard"


def test_new_problems_go_easy_first_and_stay_all_day(
    workspace: Workspace, make_problem: Callable[..., Path]
) -> None:
    make_problem("a-hard", difficulty="hard")
    make_problem("b-easy", difficulty="easy")
    problems = load_catalogue(workspace.problems).problems
    with History(workspace.history_db) as history:
        first = choose(problems, history, DAY1)
        assert first is not None and (first.slug, first.reason) == ("b-easy", "new")
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


@settings(max_examples=30, deadline=None)
@given(outcomes=st.lists(st.booleans(), min_size=1, max_size=6))
def test_a_failure_is_reviewed_before_anything_passed_the_same_day(
    outcomes: list[bool]
) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "problems"
        slugs = [f"p{i}" for i in range(len(outcomes))]
        for slug in slugs:
            (root / slug).mkdir(parents=True)
            (root / slug / "problem.yaml").write_text(MINIMAL_SPEC.format(
                slug=slug, title=slug, topic="t", difficulty="easy"))
            (root / slug / "reference.py").write_text(MINIMAL_REFERENCE)
        problems = load_catalogue(root).problems
        with History(Path(folder) / "h.sqlite3") as history:
            for index, (slug, passed) in enumerate(zip(slugs, outcomes, strict=True)):
                grade(history, slug, passed, DAY1 + timedelta(minutes=index))
            choice = choose(problems, history, DAY1 + timedelta(days=1))
            failed = {s for s, ok in zip(slugs, outcomes, strict=True) if not ok}
            if failed:
                assert choice is not None and choice.slug in failed
                assert choice.reason == "review"
