"""Learning effect of the scheduler: simulated learners practise one problem a day, and we
measure what they keep of the problems they failed, and how ready they are overall.

Each learner practises one problem a day for 90 days, chosen by the real scheduler
(trainer.coach.scheduler.choose, then trainer.coach.practice.record_attempt for the rating and the
FSRS card, in a temporary workspace with a moving clock), or by a baseline: catalogue
order, or a random problem each day. Nothing is graded: the learner model below decides
each pass or failure. Learners grade like people do: 2-4 gradings of a changed file per
day's attempt, a few minutes apart, the last one passing when they pass. The problems are
the real bank's slugs, topics and difficulties.

    python bench/simulate.py [--learners 20] [--first-seed 0] [--mix N] [--retention R]
                             [--recall-teaches-less]
"""

from __future__ import annotations

import argparse
import math
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from trainer.clock import NOW_VARIABLE
from trainer.coach import scheduler
from trainer.coach.practice import record_attempt
from trainer.grading.outcome import Outcome
from trainer.problems.catalogue import load_catalogue
from trainer.problems.spec import Problem
from trainer.store.history import History
from trainer.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]
START = datetime.fromisoformat("2026-01-05T09:00:00+00:00")
CHECKPOINTS = (60, 90)
FAST_TMP = Path("/dev/shm")  # the history's commits need no disk

# -- the learner model ----------------------------------------------------------------------
START_SKILL = (0.15, 0.45)  # a topic's skill at the start, drawn uniformly per topic
DIFFICULTY = {"easy": 0.35, "medium": 0.55, "hard": 0.75}  # the skill that gives even odds
STEEPNESS = 8.0  # how sharply the chance from skill rises around a problem's difficulty
PASS_GAIN = 0.15  # a pass teaches this share of what is left to learn of the topic
FAIL_GAIN = 0.05  # a failure teaches a little
FIRST_STABILITY = 3.0  # days for a new memory of a solution to fade to 1/e
FAILED_STRENGTH = 0.5  # a failure leaves half a memory: where it broke, how it is fixed
LAPSE_STABILITY = 1.0  # days a failure's memory lasts
SPACING_GAIN = 4.0  # a pass multiplies stability by 1 + SPACING_GAIN * (1 - memory)


@dataclass
class Memory:
    strength: float  # 1 after a pass, FAILED_STRENGTH after a failure
    stability: float  # days to fade to 1/e
    day: int  # last practised

    def now(self, day: int) -> float:
        return self.strength * math.exp(-(day - self.day) / self.stability)


@dataclass
class Learner:
    skill: dict[str, float]
    rng: random.Random
    recall_teaches_less: bool = False  # the variant: solving from memory teaches the topic less
    memory: dict[str, Memory] = field(default_factory=dict)
    failed: set[str] = field(default_factory=set)

    @classmethod
    def new(cls, topics: list[str], seed: int, recall_teaches_less: bool = False) -> Learner:
        rng = random.Random(seed)
        return cls({topic: rng.uniform(*START_SKILL) for topic in topics}, rng,
                   recall_teaches_less)

    def chance(self, problem: Problem, day: int) -> float:
        """P(pass): what skill gives, or failing that, what is remembered of this problem."""
        gap = self.skill[problem.topic] - DIFFICULTY[problem.difficulty]
        from_skill = 1 / (1 + math.exp(-STEEPNESS * gap))
        return 1 - (1 - from_skill) * (1 - self.remembered(problem.slug, day))

    def remembered(self, slug: str, day: int) -> float:
        memory = self.memory.get(slug)
        return memory.now(day) if memory else 0.0

    def practise(self, problem: Problem, day: int) -> bool:
        passed = self.rng.random() < self.chance(problem, day)
        gain = PASS_GAIN if passed else FAIL_GAIN
        if self.recall_teaches_less:
            gain *= 1 - self.remembered(problem.slug, day)
        skill = self.skill[problem.topic]
        self.skill[problem.topic] = skill + gain * (1 - skill)
        self.memory[problem.slug] = self._remember(problem.slug, passed, day)
        if not passed:
            self.failed.add(problem.slug)
        return passed

    def _remember(self, slug: str, passed: bool, day: int) -> Memory:
        old = self.memory.get(slug)
        if not passed:
            return Memory(FAILED_STRENGTH, LAPSE_STABILITY, day)
        if old is None:
            return Memory(1.0, FIRST_STABILITY, day)
        # Spacing: recalling a half-faded solution strengthens it more than a fresh one.
        return Memory(1.0, old.stability * (1 + SPACING_GAIN * (1 - old.now(day))), day)


# -- the policies ---------------------------------------------------------------------------
class Policy:
    """Chooses the day's problem; told how the attempt went."""

    def choose(self, learner: Learner, problems: dict[str, Problem],
               day: int) -> Problem | None:
        raise NotImplementedError

    def record(self, problem: Problem, passed: bool, day: int) -> None:
        pass


class CatalogueOrder(Policy):
    """The bank in its listed order, from the top again when done."""

    def choose(self, learner: Learner, problems: dict[str, Problem], day: int) -> Problem:
        ordered = list(problems.values())
        return ordered[day % len(ordered)]


class RandomProblem(Policy):
    def choose(self, learner: Learner, problems: dict[str, Problem], day: int) -> Problem:
        return learner.rng.choice(list(problems.values()))


class Trainer(Policy):
    """The real scheduler in a temporary workspace: choose, then record the attempt."""

    def __init__(self, folder: Path) -> None:
        self.workspace = Workspace(folder)
        self.solution = folder / "solution.py"
        self.solution.write_text("# simulated\n")

    def choose(self, learner: Learner, problems: dict[str, Problem],
               day: int) -> Problem | None:
        now = self._set_clock(day)
        with History(self.workspace.history_db) as history:
            choice = scheduler.choose(problems, history, now)
        return problems[choice.slug] if choice else None  # None: a day off

    def record(self, problem: Problem, passed: bool, day: int) -> None:
        now = self._set_clock(day)
        sitting = random.Random(f"{problem.slug} {day}")  # leaves the learner's draws alone
        gradings = sitting.randint(2, 4)
        for number in range(gradings):
            last = number == gradings - 1
            os.environ[NOW_VARIABLE] = (now + timedelta(minutes=7 * number)).isoformat()
            self.solution.write_text(f"# {problem.slug}, day {day}, grading {number}\n")
            verdict = "passed" if passed and last else "wrong_answer"
            record_attempt(self.workspace, Outcome(problem.slug, verdict, seed=number),
                           self.solution)

    @staticmethod
    def _set_clock(day: int) -> datetime:
        now = START + timedelta(days=day)
        os.environ[NOW_VARIABLE] = now.isoformat()  # what trainer.clock.now() returns
        return now


# -- a run ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Snapshot:
    kept: float  # mean chance to pass the problems failed at least once
    ready: float  # mean chance to pass any problem of the bank
    met: float  # problems practised at least once


def snapshot(learner: Learner, problems: dict[str, Problem], day: int) -> Snapshot:
    failed = [problems[slug] for slug in learner.failed]
    return Snapshot(
        kept=statistics.fmean(learner.chance(p, day) for p in failed) if failed else math.nan,
        ready=statistics.fmean(learner.chance(p, day) for p in problems.values()),
        met=len(learner.memory))


def run(make_policy: Callable[[Path], Policy], problems: dict[str, Problem], seed: int,
        days: int, recall_teaches_less: bool = False) -> dict[int, Snapshot]:
    """One learner, one policy: the learner's state at each checkpoint."""
    topics = sorted({p.topic for p in problems.values()})
    learner = Learner.new(topics, seed, recall_teaches_less)
    snapshots = {}
    with tempfile.TemporaryDirectory(dir=FAST_TMP if FAST_TMP.is_dir() else None) as folder:
        policy = make_policy(Path(folder))
        for day in range(days):
            problem = policy.choose(learner, problems, day)
            if problem is not None:
                policy.record(problem, learner.practise(problem, day), day)
            if day + 1 in CHECKPOINTS:
                snapshots[day + 1] = snapshot(learner, problems, day + 1)
    return snapshots


def mean_of(runs: list[dict[int, Snapshot]]) -> dict[int, Snapshot]:
    def mean(values: list[float]) -> float:
        known = [v for v in values if not math.isnan(v)]  # a learner who never failed
        return statistics.fmean(known) if known else math.nan

    return {day: Snapshot(*(mean([getattr(r[day], name) for r in runs])
                            for name in ("kept", "ready", "met")))
            for day in runs[0]}


def real_scheduler(mix: int) -> Callable[[Path], Policy]:
    """The real scheduler with this mix: the constant is set here, so the benchmark can
    measure other mixes without editing the code."""
    def make(folder: Path) -> Policy:
        scheduler.REVIEWS_IN_A_ROW = mix
        return Trainer(folder)
    return make


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=20, help="learners per policy")
    parser.add_argument("--first-seed", type=int, default=0, help="the first learner's seed")
    parser.add_argument("--mix", type=int, default=scheduler.REVIEWS_IN_A_ROW,
                        help="reviews in a row before a new problem (the scheduler's mix)")
    parser.add_argument("--retention", type=float, default=None,
                        help="desired retention (default: TRAINER_RETENTION or "
                             f"{scheduler.DEFAULT_RETENTION})")
    parser.add_argument("--recall-teaches-less", action="store_true",
                        help="the model's variant: a pass earns skill only in proportion to "
                             "how much of the problem was forgotten")
    options = parser.parse_args()
    if options.retention is not None:
        os.environ[scheduler.RETENTION_VARIABLE] = str(options.retention)
    retention = scheduler.desired_retention()
    problems = load_catalogue(ROOT / "problems").problems
    policies: dict[str, Callable[[Path], Policy]] = {
        f"scheduler (mix {options.mix}, retention {retention})": real_scheduler(options.mix),
        "due reviews first (no mix)": real_scheduler(NEVER),
        "catalogue order": lambda folder: CatalogueOrder(),
        "random problem": lambda folder: RandomProblem(),
    }
    seeds = range(options.first_seed, options.first_seed + options.learners)
    started = time.perf_counter()
    results = {name: mean_of([run(make, problems, seed, max(CHECKPOINTS),
                                  options.recall_teaches_less)
                              for seed in seeds])
               for name, make in policies.items()}
    variant = ", solving from memory teaches less" if options.recall_teaches_less else ""
    print(f"{options.learners} learners per policy (the same learners for each), one problem "
          f"a day, {len(problems)} problems in the bank{variant}.")
    print("kept: mean chance to pass the problems failed at least once; ready: mean chance "
          "to pass any problem of the bank; met: problems practised at least once.\n")
    print_table(results)
    print(f"\n{time.perf_counter() - started:.0f} s")
    return 0


COLUMNS = ("kept", "ready", "met")
NEVER = 10**9  # a mix that never forces a new problem: due reviews always come first


def print_table(results: dict[str, dict[int, Snapshot]]) -> None:
    header = "".join(f"{f'{name} d{day}':>10}" for name in COLUMNS for day in CHECKPOINTS)
    print(f"{'policy':38}{header}")
    for policy, snapshots in results.items():
        row = "".join(_cell(getattr(snapshots[day], name), name)
                      for name in COLUMNS for day in CHECKPOINTS)
        print(f"{policy:38}{row}")
    ours, *_, = results.values()
    print()
    for baseline in ("catalogue order", "random problem"):
        theirs = results[baseline]
        ratios = "".join(f"{getattr(ours[day], name) / getattr(theirs[day], name):>9.2f}x"
                         for name in COLUMNS for day in CHECKPOINTS)
        print(f"{'scheduler / ' + baseline:38}{ratios}")


def _cell(value: float, name: str) -> str:
    return f"{value:>10.1f}" if name == "met" else f"{value:>10.2f}"


if __name__ == "__main__":
    sys.exit(main())
