"""The practice loop without the command line: what is an attempt, how a day is rated,
hints, skipping, the current problem, and importing a backup."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from trainer.coach import practice, state
from trainer.errors import TrainerError, WorkspaceError
from trainer.grading.outcome import Outcome
from trainer.problems.catalogue import Catalogue, load_catalogue
from trainer.store.history import open_history
from trainer.workspace import Workspace

AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4  # fsrs's ratings
DAY_ONE, DAY_TWO = "2026-03-01T09:00:00+00:00", "2026-03-02T09:00:00+00:00"


@pytest.fixture
def catalogue(workspace: Workspace, make_problem: Callable[..., Path]) -> Catalogue:
    make_problem("echo")
    make_problem("mirror", topic="two-pointers")
    return load_catalogue(workspace.problems)


def graded(workspace: Workspace, source: str, verdict: str, *, easy: bool = False,
           replay: bool = False, stub: str | None = None, slug: str = "echo"
           ) -> tuple[practice.Attempt, str | None]:
    """Record a grading of `source` as solutions/<slug>.py with this verdict."""
    path = workspace.solution_path(slug)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(source)
    outcome = Outcome(slug, verdict, seed=7, cases=12, elapsed_s=0.25)
    return practice.record_attempt(workspace, outcome, path, easy, replay=replay, stub=stub)


@pytest.mark.parametrize(("data", "earlier", "replay", "stub", "reason"), [
    (b"mine", [], False, None, None),
    (b"mine", [], True, None, "a replay with --seed"),
    (b"stub", [], False, "stub", "the untouched stub"),
    (b"stub!", [], False, "stub", None),
    (b"mine", [hashlib.sha256(b"mine").hexdigest()], False, None,
     "the same file as an earlier attempt"),
    (b"mine", [hashlib.sha256(b"other").hexdigest()], False, None, None),
])
def test_what_is_not_an_attempt(data: bytes, earlier: list[str], replay: bool,
                                stub: str | None, reason: str | None) -> None:
    assert practice.not_an_attempt(data, earlier, replay=replay, stub=stub) == reason


def test_a_first_clean_pass_is_rated_good_and_its_card_is_due_later(
        workspace: Workspace, catalogue: Catalogue) -> None:
    attempt, reason = graded(workspace, "v1", "passed")
    assert reason is None
    assert (attempt.counted, attempt.rating, attempt.hints, attempt.revealed) == \
        (True, GOOD, 0, False)
    assert attempt.file_hash == hashlib.sha256(b"v1").hexdigest()
    with open_history(workspace) as history:
        (card, due), = history.cards().values()
        assert due > "2026-03-01" and card["last_review"].startswith("2026-03-01")
        assert history.attempts("echo") == [replace(attempt, id=1)]


def test_the_easy_flag_rates_a_clean_pass_easy(workspace: Workspace,
                                               catalogue: Catalogue) -> None:
    assert graded(workspace, "v1", "passed", easy=True)[0].rating == EASY


def test_a_grading_that_is_not_an_attempt_is_kept_but_rates_nothing(
        workspace: Workspace, catalogue: Catalogue) -> None:
    graded(workspace, "v1", "wrong_answer")
    again, reason = graded(workspace, "v1", "wrong_answer")
    assert reason == "the same file as an earlier attempt"
    assert (again.counted, again.rating) == (False, 0)
    replayed, reason = graded(workspace, "v2", "passed", replay=True)
    assert reason == "a replay with --seed"
    assert (replayed.counted, replayed.rating) == (False, 0)
    with open_history(workspace) as history:
        assert len(history.attempts("echo")) == 3
        assert len(history.attempts("echo", counted=True)) == 1
        (card, _), = history.cards().values()
    assert card["state"] is not None


def test_a_day_is_rated_from_all_its_attempts(workspace: Workspace,
                                              catalogue: Catalogue) -> None:
    assert graded(workspace, "v1", "wrong_answer")[0].rating == AGAIN
    assert graded(workspace, "v2", "passed")[0].rating == HARD  # passed after failing
    with open_history(workspace) as history:
        cards = history.cards()
        base = history.day_base("echo", "2026-03-01")
    assert base is None  # both gradings of the day reviewed the card as it was before it
    assert list(cards) == ["echo"]


def test_the_next_day_starts_afresh(workspace: Workspace, catalogue: Catalogue,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    graded(workspace, "v1", "wrong_answer")
    monkeypatch.setenv("TRAINER_NOW", DAY_TWO)
    assert graded(workspace, "v2", "passed")[0].rating == GOOD


def test_a_hint_makes_a_pass_hard_and_is_counted_on_the_attempt(
        workspace: Workspace, catalogue: Catalogue) -> None:
    problem = catalogue.get("echo")
    hint = practice.next_hint(workspace, problem)
    assert (hint.number, hint.total, hint.text, hint.new) == (1, 2, "Return it.", True)
    attempt, _ = graded(workspace, "v1", "passed")
    assert (attempt.hints, attempt.rating) == (1, HARD)
    assert graded(workspace, "v2", "passed")[0].hints == 0  # hints since the last attempt


def test_hints_run_out_on_the_last_one(workspace: Workspace, catalogue: Catalogue) -> None:
    problem = catalogue.get("echo")
    shown = [practice.next_hint(workspace, problem) for _ in range(4)]
    assert [(h.number, h.text, h.new) for h in shown] == [
        (1, "Return it.", True), (2, "Really.", True), (2, "Really.", False),
        (2, "Really.", False)]
    with open_history(workspace) as history:
        assert history.hints_taken("echo") == 2


def test_the_summary_after_a_pass_says_how_the_day_went(
        workspace: Workspace, catalogue: Catalogue) -> None:
    graded(workspace, "v1", "passed")
    with open_history(workspace) as history:
        due = history.due_days()["echo"]
    assert practice.attempt_summary(workspace, "echo") == \
        f"passed on the first attempt today; it comes back for review on {due}"
    practice.next_hint(workspace, catalogue.get("mirror"))
    graded(workspace, "m1", "wrong_answer", slug="mirror")
    graded(workspace, "m2", "passed", slug="mirror")
    with open_history(workspace) as history:
        due = history.due_days()["mirror"]
    assert practice.attempt_summary(workspace, "mirror") == \
        f"passed at attempt 2 today, with 1 hint; it comes back for review on {due}"


def test_cards_rebuilt_from_the_attempts_are_the_cards_recorded(
        workspace: Workspace, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch) -> None:
    graded(workspace, "v1", "wrong_answer")
    graded(workspace, "v2", "passed")
    graded(workspace, "v2", "passed")  # not an attempt
    monkeypatch.setenv("TRAINER_NOW", DAY_TWO)
    graded(workspace, "v3", "passed")
    graded(workspace, "m1", "passed", slug="mirror")
    with open_history(workspace) as history:
        recorded = history.cards()
        rebuilt = practice.rebuild_cards(history.attempts())
    assert {slug: (card, due) for slug, (card, due, _, _) in rebuilt.items()} == recorded
    assert rebuilt["echo"][3] == "2026-03-02"  # the day of its last review


def test_next_writes_the_stub_and_makes_the_problem_current(
        workspace: Workspace, catalogue: Catalogue) -> None:
    choice, started, _ = practice.next_problem(workspace, catalogue, topic="two-pointers")
    assert choice.slug == "mirror"
    assert started.created and started.path == workspace.solution_path("mirror")
    assert "def identity" in started.path.read_text()
    assert practice.current_slug(workspace) == "mirror"


def test_next_names_the_topics_when_the_topic_is_unknown(
        workspace: Workspace, catalogue: Catalogue) -> None:
    with pytest.raises(TrainerError) as error:
        practice.next_problem(workspace, catalogue, topic="graphs")
    assert str(error.value) == "no topic 'graphs'. The topics are: arrays-hashing, two-pointers"


def test_no_current_problem_says_what_to_run(workspace: Workspace) -> None:
    with pytest.raises(TrainerError, match="run `trainer next`, or name one"):
        practice.current_slug(workspace)


def test_start_keeps_an_existing_file_and_makes_the_problem_current(
        workspace: Workspace, catalogue: Catalogue) -> None:
    path = workspace.solution_path("echo")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("my work")
    started = practice.start_problem(workspace, catalogue.get("echo"))
    assert not started.created and path.read_text() == "my work"
    assert practice.current_slug(workspace) == "echo"
    forced = practice.start_problem(workspace, catalogue.get("echo"), force=True)
    assert forced.backup is not None and forced.backup.read_text() == "my work"
    assert "def identity" in path.read_text()


def test_skip_defers_todays_pick(workspace: Workspace, catalogue: Catalogue) -> None:
    with pytest.raises(TrainerError, match="nothing to skip"):
        practice.skip_today(workspace)
    choice, _, _ = practice.next_problem(workspace, catalogue)
    assert practice.skip_today(workspace) == choice.slug
    with open_history(workspace) as history:
        assert history.get_state(state.SKIPS) == {"day": "2026-03-01", "slugs": [choice.slug]}
        assert history.get_state(state.PICK) is None
    again, _, _ = practice.next_problem(workspace, catalogue)
    assert again.slug != choice.slug


def test_a_solution_file_that_is_missing_says_what_to_do(
        workspace: Workspace, catalogue: Catalogue, tmp_path: Path) -> None:
    problem = catalogue.get("echo")
    with pytest.raises(WorkspaceError, match=r"no solution at solutions/echo\.py: run "
                                             r"`trainer start echo`"):
        practice.solution_file(workspace, problem, None)
    elsewhere = tmp_path / "mine.py"
    with pytest.raises(WorkspaceError, match="no such file"):
        practice.solution_file(workspace, problem, elsewhere)
    elsewhere.write_text("x")
    assert practice.solution_file(workspace, problem, elsewhere) == elsewhere


def test_an_export_imports_into_an_empty_history_and_twice_changes_nothing(
        workspace: Workspace, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch) -> None:
    graded(workspace, "v1", "wrong_answer")
    practice.next_hint(workspace, catalogue.get("echo"))
    graded(workspace, "v2", "passed")
    monkeypatch.setenv("TRAINER_NOW", "2026-03-01T09:05:00+00:00")
    graded(workspace, "v2", "passed", replay=True)  # kept, though not an attempt
    lines = list(practice.export_history(workspace))
    assert sorted(json.loads(line)["kind"] for line in lines) == ["attempt"] * 3 + ["hint"]
    workspace.history_db.unlink()
    added = practice.import_history(workspace, lines)
    assert sum(added.values()) == len(lines)
    assert list(practice.export_history(workspace)) == lines
    assert sum(practice.import_history(workspace, lines).values()) == 0


@pytest.mark.parametrize(("bad", "message"), [
    ("not json", "backup:2: not a JSON line (is this a history export?)"),
    (b"\xff\xfe", "backup:2: not text (is this a history export?)"),
    ("[1, 2]", "backup:2: not an attempt, a hint, a reveal, an interview or a kept input"),
    ('{"kind": "attempt"}', 'backup:2: a attempt without "slug"; nothing was imported'),
])
def test_a_damaged_backup_is_refused_before_anything_is_written(
        workspace: Workspace, catalogue: Catalogue, bad: str | bytes, message: str) -> None:
    graded(workspace, "v1", "passed")
    good = next(practice.export_history(workspace))
    workspace.history_db.unlink()
    with pytest.raises(TrainerError) as error:
        practice.import_history(workspace, [good, "", bad], name="backup")
    assert str(error.value) == message.replace("backup:2", "backup:3")
    assert list(practice.export_history(workspace)) == []
