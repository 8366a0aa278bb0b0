"""Are the everyday commands fast with a big bank and a long history?

Builds a workspace with 1,000 problems and 100,000 attempts (and a failed and an upcoming
interview), then times `next`, `review`, `stats`, `list`, `show` and `plan` (the fastest of
several runs each, taking turns, catalogue cache warm) as ratios to `python -c "import
click"` measured in the same run. Goal: <= 2.5x.

    python bench/cli_speed.py [--problems 1000] [--attempts 100000] [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from fsrs import Rating

from trainer.coach.scheduler import review
from trainer.store.history import History
from trainer.store.interviews import Interview

TOPICS = [f"topic-{i:02d}" for i in range(22)]
DIFFICULTIES = ["easy", "medium", "hard"]
SPEC = """\
slug: {slug}
title: Problem {number}
topic: {topic}
difficulty: {difficulty}
entry: identity
signature: "def identity(x: int) -> int"
judge: exact
complexity: {{optimal: O(1), naive: same}}
statement: |
  Return x. This statement stands in for a longer one.
examples:
  - input: {{x: 1}}
    output: 1
    explanation: one is one.
  - input: {{x: 0}}
    output: 0
    explanation: zero is zero.
hints: [Return it., Really.]
"""
START = datetime.fromisoformat("2026-01-01T09:00:00+00:00")


def build(root: Path, problems: int, attempts: int) -> None:
    rnd = random.Random(1)
    slugs = [f"problem-{i:04d}" for i in range(problems)]
    for number, slug in enumerate(slugs):
        folder = root / "problems" / slug
        folder.mkdir(parents=True)
        (folder / "problem.yaml").write_text(SPEC.format(
            slug=slug, number=number, topic=TOPICS[number % len(TOPICS)],
            difficulty=DIFFICULTIES[number % 3]))
    (root / "solutions").mkdir()
    History(root / ".trainer" / "history.sqlite3").close()  # the schema
    rows, cards = [], {}
    for index in range(attempts):
        slug = slugs[rnd.randrange(problems)]
        at = START + timedelta(minutes=index * 2)
        passed = rnd.random() < 0.6
        rating = Rating.Good if passed else Rating.Again
        cards[slug] = review(cards.get(slug, (None, ""))[0], slug, rating, at)
        rows.append((slug, at.isoformat(), at.date().isoformat(),
                     "passed" if passed else "wrong_answer", int(passed), int(rating),
                     index, 200, 1.0, 0, "hash", None))
    with sqlite3.connect(root / ".trainer" / "history.sqlite3") as db:
        db.executemany("INSERT INTO attempts (slug, at, day, verdict, passed, rating, seed,"
                       " cases, elapsed_s, hints, file_hash, counterexample)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        db.executemany("INSERT INTO cards (slug, card, due_day) VALUES (?, ?, ?)",
                       [(slug, json.dumps(card), due) for slug, (card, due) in cards.items()])
    with History(root / ".trainer" / "history.sqlite3") as history:  # rounds to steer by
        last = START + timedelta(days=150)
        history.add_interview(Interview((last - timedelta(days=3)).date().isoformat(),
                                        "failed", (TOPICS[0], TOPICS[1]), "Acme"))
        history.add_interview(Interview((last + timedelta(days=5)).date().isoformat(),
                                        "upcoming", (TOPICS[0],), "Initech"))


def fastest(commands: dict[str, list[str]], env: dict[str, str], runs: int) -> dict[str, float]:
    """Each command's fastest run. The commands take turns, one run each per round, so that
    a busy moment of the machine slows one run of each rather than every run of one."""
    best = dict.fromkeys(commands, float("inf"))
    for _ in range(runs):
        for name, command in commands.items():
            started = time.perf_counter()
            subprocess.run(command, env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, check=True)
            best[name] = min(best[name], time.perf_counter() - started)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--problems", type=int, default=1000)
    parser.add_argument("--attempts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args()
    trainer = str(Path(sys.executable).with_name("trainer"))
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        started = time.perf_counter()
        build(root, options.problems, options.attempts)
        print(f"workspace: {options.problems:,} problems, {options.attempts:,} attempts "
              f"(built in {time.perf_counter() - started:.0f} s)")
        env = {**os.environ, "TRAINER_WORKSPACE": str(root),
               "TRAINER_NOW": (START + timedelta(days=150)).isoformat()}
        subprocess.run([trainer, "list"], env=env, stdout=subprocess.DEVNULL, check=True)
        commands = {"import click": [sys.executable, "-c", "import click"]}
        for command in (["next"], ["review"], ["stats"], ["list"], ["show", "problem-0001"],
                        ["plan"]):
            commands[" ".join(command)] = [trainer, *command]
        times = fastest(commands, env, options.runs)
        baseline = times["import click"]
        print(f"{'command':16} {'seconds':>8} {'ratio':>7}")
        for name, seconds in times.items():
            print(f"{name:16} {seconds:>8.3f} {seconds / baseline:>7.2f}")
        worst = max(seconds / baseline for seconds in times.values())
    print(f"\nworst ratio: {worst:.2f}x (goal: <= 2.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
