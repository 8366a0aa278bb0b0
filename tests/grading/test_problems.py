"""Every problem of the bank is sound: `trainer validate` proves each one."""

from __future__ import annotations

import pytest

from tests.conftest import PROBLEMS
from trainer.grading.validate import validate_problem
from trainer.problems.catalogue import load_catalogue

CATALOGUE = load_catalogue(PROBLEMS)
SLUGS = sorted(CATALOGUE.problems)


def test_every_spec_loads() -> None:
    assert CATALOGUE.errors == []
    assert len(SLUGS) >= 100  # batches 1 and 2 of the catalogue, and batch 3 as it lands


def test_the_bank_covers_every_topic() -> None:
    topics = {problem.topic for problem in CATALOGUE.problems.values()}
    assert len(topics) == 22, sorted(topics)
    for judge in ("exact", "unordered", "float", "checker", "stateful"):
        assert any(p.judge == judge for p in CATALOGUE.problems.values()), judge


def test_every_problem_folder_is_complete() -> None:
    for slug, problem in CATALOGUE.problems.items():
        assert problem.statement.count("\n") >= 3, f"{slug}: the statement is too short"
        assert len(problem.examples) >= 2, slug
        assert all(e.explanation.strip() for e in problem.examples), slug
        assert 2 <= len(problem.hints) <= 4, slug
        wrong = problem.solutions_in("wrong")
        assert len(wrong) >= (1 if problem.difficulty == "easy" else 2), slug
        for path in wrong + problem.solutions_in("slow"):
            assert path.read_text().lstrip().startswith("#"), f"{path}: say what is wrong"
        if problem.complexity.naive.strip().lower() != "same":
            assert problem.solutions_in("slow"), f"{slug}: needs a slow/ solution"
        assert problem.complexity.sizes, f"{slug}: needs a timing ladder"


def test_every_problem_has_at_least_two_accepted_solutions() -> None:
    short = sorted(slug for slug, problem in CATALOGUE.problems.items()
                   if len(problem.solutions_in("accepted")) < 2)
    assert short == []
    for problem in CATALOGUE.problems.values():
        for path in problem.solutions_in("accepted"):
            assert path.read_text().lstrip().startswith("#"), f"{path}: say what it does"


@pytest.mark.slow
@pytest.mark.parametrize("slug", SLUGS)
def test_problem_validates(slug: str) -> None:
    checks = validate_problem(CATALOGUE.problems[slug], seed=0)
    failures = [f"{check.name}: {check.detail}" for check in checks if not check.ok]
    assert not failures, "\n".join(failures)
