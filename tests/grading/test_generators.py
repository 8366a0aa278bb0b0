"""No seed leaves a learner without a verdict: every problem's input generators draw
valid inputs whatever the seed, and the reference answers each of them."""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from tests.conftest import PROBLEMS
from trainer.grading.cases import build_args
from trainer.grading.reference import load_reference
from trainer.problems.catalogue import load_catalogue

CATALOGUE = load_catalogue(PROBLEMS)
SLUGS = sorted(CATALOGUE.problems)
QUICK_SEEDS, SWEEP_SEEDS = 1, 12


def draw_everything(slug: str, seeds: range) -> None:
    """Draw as many inputs per seed as a grading does, with the grading's seeds, and run
    the reference on each function problem's inputs."""
    problem = CATALOGUE.problems[slug]
    reference = load_reference(problem)
    if problem.is_design:
        operations = reference.get("operations")()
        init = reference.get("init")() if reference.provides("init") else st.just({})
        strategy: Any = st.tuples(init, *operations.values())
    else:
        strategy = reference.get("inputs")()
    for number in seeds:
        @seed(number)
        @settings(max_examples=problem.cases, database=None, deadline=None,
                  phases=(Phase.generate,), suppress_health_check=list(HealthCheck))
        @given(strategy)
        def drawn(args: Any) -> None:
            if not problem.is_design:
                assert problem.signature is not None
                reference.entry(**build_args(problem.signature, args))

        drawn()


@pytest.mark.parametrize("slug", SLUGS)
def test_generators_draw_for_the_first_seeds(slug: str) -> None:
    draw_everything(slug, range(QUICK_SEEDS))


@pytest.mark.slow
@pytest.mark.parametrize("slug", SLUGS)
def test_generators_draw_for_many_seeds(slug: str) -> None:
    draw_everything(slug, range(QUICK_SEEDS, SWEEP_SEEDS))


@pytest.mark.slow
@pytest.mark.parametrize("slug", SLUGS)
def test_sized_inputs_build_for_several_seeds(slug: str) -> None:
    problem = CATALOGUE.problems[slug]
    reference = load_reference(problem)
    for number in range(3):
        for n in problem.complexity.sizes:
            assert reference.get("sized")(n, random.Random(number))


def test_insert_interval_draws_an_interval_adjacent_to_one_that_ends_at_the_limit() -> None:
    # seed 24 used to fail: "Cannot have max_value=20 < min_value=21"
    draw_everything("insert-interval", range(24, 25))
