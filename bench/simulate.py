"""Learning effect of the scheduler: simulated learners practise a problem a day, and we
measure what they keep of the problems they failed, and how ready they are overall.

Each learner practises one problem a day (or as a variant says) for 90 days, chosen by the
real scheduler
(trainer.coach.scheduler.choose, then trainer.coach.practice.record_attempt for the rating and the
FSRS card, in a temporary workspace with a moving clock), or by a baseline: catalogue
order, or a random problem each day. Nothing is graded: the learner model below decides
each pass or failure. Learners grade like people do: 2-4 gradings of a changed file per
day's attempt, a few minutes apart, the last one passing when they pass. The problems are
the real bank's slugs, topics and difficulties.

    python bench/simulate.py [--learners 20] [--first-seed 0] [--mix N] [--retention R]
                             [--variant NAME] [--recall-teaches-less] [--variants]

`--variants` prints one row per learner model (VARIANTS), then the learner with an
upcoming interview, with and without `trainer interview add`.
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
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path

from trainer.clock import NOW_VARIABLE
from trainer.coach import scheduler
from trainer.coach.practice import record_attempt, skip_today
from trainer.grading.outcome import Outcome
from trainer.problems.catalogue import load_catalogue
from trainer.problems.spec import Problem
from trainer.store.history import History
from trainer.store.interviews import Interview
from trainer.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]
START = datetime.fromisoformat("2026-01-05T09:00:00+00:00")
CHECKPOINTS = (60, 90)
FAST_TMP = Path("/dev/shm")  # the history's commits need no disk

# -- the learner model ----------------------------------------------------------------------
START_SKILL = (0.15, 0.45)  # a topic's skill at the start, drawn uniformly per topic
DIFFICULTY = {"easy": 0.35, "medium": 0.55, "hard": 0.75}  # the skill that gives even odds
STEEPNESS = 8.0  # how sharply the chance from skill rises around a problem's difficulty


@dataclass(frozen=True)
class Model:
    """The learner model's assumptions; the variants below change one or two of them."""

    pass_gain: float = 0.15  # a pass teaches this share of what is left to learn of the topic
    fail_gain: float = 0.05  # a failure teaches a little
    first_stability: float = 3.0  # days for a new memory of a solution to fade to 1/e
    failed_strength: float = 0.5  # a failure leaves half a memory: where it broke, how it is fixed
    lapse_stability: float = 1.0  # days a failure's memory lasts
    spacing_gain: float = 4.0  # a pass multiplies stability by 1 + spacing_gain * (1 - memory)
    recall_teaches_less: bool = False  # a pass from memory teaches the topic less
    per_day: int = 1  # problems practised a day
    skip_chance: float = 0.0  # the chance to skip a day altogether


MAIN = Model()
# The second model: a failed attempt that is then studied teaches the topic more than a pass
# of a fresh problem, a pass from memory teaches less, and memories fade twice as fast.
SECOND = Model(pass_gain=0.10, fail_gain=0.20, first_stability=1.5, lapse_stability=0.5,
               spacing_gain=2.0, recall_teaches_less=True)
VARIANTS = {
    "main": MAIN,
    "failure teaches more": Model(pass_gain=0.10, fail_gain=0.20),
    "faster forgetting": Model(first_stability=1.5, lapse_stability=0.5, spacing_gain=2.0),
    "second model": SECOND,
    "two a day": Model(per_day=2),
    "three a day": Model(per_day=3),
    "skips 40% of days": Model(skip_chance=0.4),
    "second model + two a day + skips": Model(
        pass_gain=0.10, fail_gain=0.20, first_stability=1.5, lapse_stability=0.5,
        spacing_gain=2.0, recall_teaches_less=True, per_day=2, skip_chance=0.4),
}


@dataclass
class Memory:
    strength: float  # 1 after a pass, failed_strength after a failure
    stability: float  # days to fade to 1/e
    day: int  # last practised

    def now(self, day: int) -> float:
        return self.strength * math.exp(-(day - self.day) / self.stability)


@dataclass
class Learner:
    skill: dict[str, float]
    rng: random.Random
    model: Model = MAIN
    memory: dict[str, Memory] = field(default_factory=dict)
    failed: set[str] = field(default_factory=set)

    @classmethod
    def new(cls, topics: list[str], seed: int, model: Model = MAIN) -> Learner:
        rng = random.Random(seed)
        return cls({topic: rng.uniform(*START_SKILL) for topic in topics}, rng, model)

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
        gain = self.model.pass_gain if passed else self.model.fail_gain
        if self.model.recall_teaches_less and passed:
            gain *= 1 - self.remembered(problem.slug, day)
        skill = self.skill[problem.topic]
        self.skill[problem.topic] = skill + gain * (1 - skill)
        self.memory[problem.slug] = self._remember(problem.slug, passed, day)
        if not passed:
            self.failed.add(problem.slug)
        return passed

    def _remember(self, slug: str, passed: bool, day: int) -> Memory:
        old = self.memory.get(slug)
        model = self.model
        if not passed:
            return Memory(model.failed_strength, model.lapse_stability, day)
        if old is None:
            return Memory(1.0, model.first_stability, day)
        # Spacing: recalling a half-faded solution strengthens it more than a fresh one.
        return Memory(1.0, old.stability * (1 + model.spacing_gain * (1 - old.now(day))), day)


# -- the policies ---------------------------------------------------------------------------
class Policy:
    """Chooses each problem of the day (`turn` counts them from 0); told how it went."""

    def choose(self, learner: Learner, problems: dict[str, Problem], day: int,
               turn: int = 0) -> Problem | None:
        raise NotImplementedError

    def record(self, problem: Problem, passed: bool, day: int, turn: int = 0) -> None:
        pass

    def log_interviews(self, interviews: list[Interview]) -> None:
        """The learner tells the coach about rounds (only the real scheduler listens)."""


class CatalogueOrder(Policy):
    """The bank in its listed order, from the top again when done."""

    def __init__(self) -> None:
        self.done = 0

    def choose(self, learner: Learner, problems: dict[str, Problem], day: int,
               turn: int = 0) -> Problem:
        ordered = list(problems.values())
        self.done += 1
        return ordered[(self.done - 1) % len(ordered)]


class RandomProblem(Policy):
    def choose(self, learner: Learner, problems: dict[str, Problem], day: int,
               turn: int = 0) -> Problem:
        return learner.rng.choice(list(problems.values()))


class Trainer(Policy):
    """The real scheduler in a temporary workspace: choose, then record the attempt; after
    a failure on a day of several problems, `trainer skip` to move on to the next."""

    def __init__(self, folder: Path) -> None:
        self.workspace = Workspace(folder)
        self.solution = folder / "solution.py"
        self.solution.write_text("# simulated\n")

    def choose(self, learner: Learner, problems: dict[str, Problem], day: int,
               turn: int = 0) -> Problem | None:
        now = self._set_clock(day, turn)
        with History(self.workspace.history_db) as history:
            choice = scheduler.choose(problems, history, now)
        return problems[choice.slug] if choice else None  # None: a day off

    def record(self, problem: Problem, passed: bool, day: int, turn: int = 0) -> None:
        now = self._set_clock(day, turn)
        sitting = random.Random(f"{problem.slug} {day}")  # leaves the learner's draws alone
        gradings = sitting.randint(2, 4)
        for number in range(gradings):
            last = number == gradings - 1
            os.environ[NOW_VARIABLE] = (now + timedelta(minutes=7 * number)).isoformat()
            self.solution.write_text(f"# {problem.slug}, day {day}, grading {number}\n")
            verdict = "passed" if passed and last else "wrong_answer"
            record_attempt(self.workspace, Outcome(problem.slug, verdict, seed=number),
                           self.solution)
        if not passed:
            skip_today(self.workspace)  # the next turn of the day gets another problem

    def log_interviews(self, interviews: list[Interview]) -> None:
        with History(self.workspace.history_db) as history:
            for interview in interviews:
                history.add_interview(interview)

    @staticmethod
    def _set_clock(day: int, turn: int = 0) -> datetime:
        now = START + timedelta(days=day, hours=2 * turn)
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


@dataclass(frozen=True)
class Rounds:
    """A learner who fails a round on day `failed_on` and has the next one on day `next_on`,
    both asking the same topics; `tell` says whether the learner logs them with
    `trainer interview add`."""

    failed_on: int = 30
    next_on: int = 44
    asked: int = 3  # topics a round asks
    tell: bool = True


def practice_days(seed: int, days: int, model: Model) -> list[int]:
    """The days the learner practises: the same for every policy."""
    skips = random.Random(f"skips {seed}")
    return [day for day in range(days) if skips.random() >= model.skip_chance]


def run(make_policy: Callable[[Path], Policy], problems: dict[str, Problem], seed: int,
        days: int, model: Model = MAIN, rounds: Rounds | None = None,
        checkpoints: tuple[int, ...] = CHECKPOINTS) -> dict[int, Snapshot]:
    """One learner, one policy: the learner's state at each checkpoint (with `rounds`,
    also under the key -1: readiness in the failed round's gap topics on the next one's
    day, as `ready`)."""
    topics = sorted({p.topic for p in problems.values()})
    learner = Learner.new(topics, seed, model)
    practised = set(practice_days(seed, days, model))
    snapshots = {}
    gaps: list[str] = []
    with tempfile.TemporaryDirectory(dir=FAST_TMP if FAST_TMP.is_dir() else None) as folder:
        policy = make_policy(Path(folder))
        for day in range(days):
            if rounds is not None and day == rounds.failed_on:
                gaps = interview_gaps(learner, topics, seed, rounds)
                if rounds.tell:
                    policy.log_interviews(logged_rounds(gaps, day, rounds))
            if rounds is not None and day == rounds.next_on:
                in_gaps = [p for p in problems.values() if p.topic in gaps]
                ready = statistics.fmean(learner.chance(p, day) for p in in_gaps)
                snapshots[-1] = Snapshot(math.nan, ready, 0)
            for turn in range(model.per_day if day in practised else 0):
                problem = policy.choose(learner, problems, day, turn)
                if problem is None:
                    break
                policy.record(problem, learner.practise(problem, day), day, turn)
            if day + 1 in checkpoints:
                snapshots[day + 1] = snapshot(learner, problems, day + 1)
    return snapshots


def interview_gaps(learner: Learner, topics: list[str], seed: int, rounds: Rounds) -> list[str]:
    """The round asks a few topics at random; it goes wrong in those below even odds on a
    medium problem (at least the weakest of them)."""
    asked = random.Random(f"round {seed}").sample(topics, rounds.asked)
    weak = [t for t in asked if learner.skill[t] < DIFFICULTY["medium"]]
    return weak or [min(asked, key=lambda t: learner.skill[t])]


def logged_rounds(gaps: list[str], day: int, rounds: Rounds) -> list[Interview]:
    def on(number: int) -> str:
        return (START + timedelta(days=number)).date().isoformat()

    return [Interview(on(day - 1), "failed", tuple(gaps), "Simulated"),
            Interview(on(rounds.next_on), "upcoming", tuple(gaps), "Simulated")]


def mean_of(runs: list[dict[int, Snapshot]]) -> dict[int, Snapshot]:
    def mean(values: list[float]) -> float:
        known = [v for v in values if not math.isnan(v)]  # a learner who never failed
        return statistics.fmean(known) if known else math.nan

    return {day: Snapshot(*(mean([getattr(r[day], name) for r in runs])
                            for name in ("kept", "ready", "met")))
            for day in runs[0]}


def real_scheduler(mix: int, adaptive: bool = True) -> Callable[[Path], Policy]:
    """The real scheduler with this mix, adaptive (fewer reviews in a row while nearly all
    are passed) or not: the constants are set here, so the benchmark can measure other
    mixes without editing the code."""
    def make(folder: Path) -> Policy:
        scheduler.REVIEWS_IN_A_ROW = mix
        scheduler.ADAPTIVE_MIX = adaptive
        return Trainer(folder)
    return make


def compare(policies: dict[str, Callable[[Path], Policy]], problems: dict[str, Problem],
            seeds: range, model: Model) -> dict[str, dict[int, Snapshot]]:
    return {name: mean_of([run(make, problems, seed, max(CHECKPOINTS), model)
                           for seed in seeds])
            for name, make in policies.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=20, help="learners per policy")
    parser.add_argument("--first-seed", type=int, default=0, help="the first learner's seed")
    parser.add_argument("--mix", type=int, default=scheduler.REVIEWS_IN_A_ROW,
                        help="reviews in a row before a new problem (the scheduler's mix)")
    parser.add_argument("--retention", type=float, default=None,
                        help="desired retention (default: TRAINER_RETENTION or "
                             f"{scheduler.DEFAULT_RETENTION})")
    parser.add_argument("--variant", choices=sorted(VARIANTS), default="main",
                        help="the learner model (see VARIANTS)")
    parser.add_argument("--recall-teaches-less", action="store_true",
                        help="in the chosen model, a pass earns skill only in proportion to "
                             "how much of the problem was forgotten")
    parser.add_argument("--fixed-mix", action="store_true",
                        help="the mix stays --mix whatever the review pass rate")
    parser.add_argument("--variants", action="store_true",
                        help="the table of every variant: the scheduler against both "
                             "baselines, and the learner with an upcoming interview")
    parser.add_argument("--only", default="",
                        help="with --variants: these variants only (comma-separated)")
    parser.add_argument("--skip-interview", action="store_true",
                        help="with --variants: leave out the interview learner")
    options = parser.parse_args()
    if options.retention is not None:
        os.environ[scheduler.RETENTION_VARIABLE] = str(options.retention)
    retention = scheduler.desired_retention()
    problems = load_catalogue(ROOT / "problems").problems
    seeds = range(options.first_seed, options.first_seed + options.learners)
    started = time.perf_counter()
    if options.variants:
        names = [n.strip() for n in options.only.split(",") if n.strip()] or list(VARIANTS)
        print_variants(problems, seeds, options.mix, not options.fixed_mix, names,
                       not options.skip_interview)
        print(f"\n{time.perf_counter() - started:.0f} s")
        return 0
    model = VARIANTS[options.variant]
    if options.recall_teaches_less:
        model = replace(model, recall_teaches_less=True)
    policies: dict[str, Callable[[Path], Policy]] = {
        f"scheduler ({'fixed' if options.fixed_mix else 'adaptive'} mix {options.mix}, "
        f"retention {retention})": real_scheduler(options.mix, not options.fixed_mix),
        "due reviews first (no mix)": real_scheduler(NEVER, adaptive=False),
        "catalogue order": lambda folder: CatalogueOrder(),
        "random problem": lambda folder: RandomProblem(),
    }
    results = compare(policies, problems, seeds, model)
    print(f"{options.learners} learners per policy (the same learners for each), "
          f"{len(problems)} problems in the bank, model: {options.variant}"
          f"{', solving from memory teaches less' if options.recall_teaches_less else ''}.")
    print("kept: mean chance to pass the problems failed at least once; ready: mean chance "
          "to pass any problem of the bank; met: problems practised at least once.\n")
    print_table(results)
    print(f"\n{time.perf_counter() - started:.0f} s")
    return 0


COLUMNS = ("kept", "ready", "met")
NEVER = 10**9  # a mix that never forces a new problem: due reviews always come first
BASELINES = ("catalogue order", "random problem")


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


def print_variants(problems: dict[str, Problem], seeds: range, mix: int, adaptive: bool,
                   names: list[str], interview: bool) -> None:
    """One row per variant: the scheduler's kept and ready as ratios to the better of the
    two baselines on each figure, at day 60 and 90; then the interview learner."""
    policies: dict[str, Callable[[Path], Policy]] = {
        "scheduler": real_scheduler(mix, adaptive),
        "catalogue order": lambda folder: CatalogueOrder(),
        "random problem": lambda folder: RandomProblem(),
    }
    print(f"{len(seeds)} learners per variant and policy, {len(problems)} problems, "
          f"{'adaptive' if adaptive else 'fixed'} mix {mix}, retention "
          f"{scheduler.desired_retention()}; ratios of the scheduler to the better baseline "
          "(catalogue order or random problem) on each figure.\n")
    print(f"{'variant':34}{'kept d60':>10}{'kept d90':>10}{'ready d60':>10}{'ready d90':>10}"
          f"{'met d90':>9}{'kept max d60':>14}{'d90':>7}")
    for name in names:
        results = compare(policies, problems, seeds, VARIANTS[name])
        ours = results["scheduler"]
        cells = ""
        for figure in ("kept", "ready"):
            for day in CHECKPOINTS:
                best = max(getattr(results[b][day], figure) for b in BASELINES)
                cells += f"{getattr(ours[day], figure) / best:>9.2f}x"
        # No policy keeps more than all: 1 / the better baseline's kept is the ceiling.
        ceilings = "".join(f"{1 / max(results[b][day].kept for b in BASELINES):>{w}.2f}x"
                           for day, w in zip(CHECKPOINTS, (13, 6), strict=True))
        print(f"{name:34}{cells}{ours[90].met:>9.1f}{ceilings}", flush=True)
    if not interview:
        return
    print()
    for name, model in (("main", MAIN), ("second model", SECOND)):
        told, untold = (mean_of([run(real_scheduler(mix, adaptive), problems, seed,
                                     Rounds().next_on + 1,
                                     model, Rounds(tell=tell), checkpoints=())
                                 for seed in seeds])[-1].ready for tell in (True, False))
        print(f"interview learner, {name}: readiness in the gap topics on the interview day "
              f"{told:.2f} with `interview add`, {untold:.2f} without: {told / untold:.2f}x")


def _cell(value: float, name: str) -> str:
    return f"{value:>10.1f}" if name == "met" else f"{value:>10.2f}"


if __name__ == "__main__":
    sys.exit(main())
