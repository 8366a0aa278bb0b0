"""How steady is the memory check, and what does it cost? For every problem that declares
`complexity.space`, grade the reference and every accepted/, slow/ and heavy/ solution
several times: every heavy/ one must be too_much_memory and no other ever. Then, for every
problem, the reference's grading time with the memory check against without it.

    python bench/memory.py [--runs 10] [SLUG ...]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from pathlib import Path
from unittest import mock

from trainer.grading.engine import grade
from trainer.grading.memory import MemoryCheck
from trainer.grading.reference import load_reference
from trainer.problems.catalogue import load_catalogue

ROOT = Path(__file__).resolve().parents[1]


def cpu_seconds() -> float:
    """User and system time of this process and of its finished children (the workers)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("slugs", nargs="*")
    options = parser.parse_args()
    catalogue = load_catalogue(ROOT / "problems")
    chosen = [p for slug, p in sorted(catalogue.problems.items())
              if not options.slugs or slug in options.slugs]
    flips = gradings = 0
    print(f"{'problem':24} {'solution':30} {'runs':>4} {'wrong':>5}  extra memory at the top")
    for problem in (p for p in chosen if p.complexity.space):
        reference = load_reference(problem)
        solutions = [problem.reference_path] + [
            path for kind in ("accepted", "slow", "heavy") for path in problem.solutions_in(kind)]
        for path in solutions:
            want_heavy = path.parent.name == "heavy"
            wrong, held = 0, set()
            for run in range(options.runs):
                outcome = grade(reference, path, seed_value=run)
                heavy = outcome.verdict == "too_much_memory"
                wrong += heavy != want_heavy
                if outcome.memory:
                    top = outcome.memory["points"][-1]
                    held.add(top["solution_bytes"] + 200 * top["solution_depth"])
            flips += wrong
            gradings += options.runs
            name = "reference" if path == problem.reference_path else \
                f"{path.parent.name}/{path.name}"
            shown = ", ".join(f"{b:,}" for b in sorted(held)) if held else "-"
            print(f"{problem.slug:24} {name:30} {options.runs:>4} {wrong:>5}  {shown}")
    print(f"\nwrong verdicts: {flips} of {gradings} gradings")
    # CPU seconds (the grader's and its worker's) say what the check costs even on a busy
    # machine, where wall-clock times mostly measure the other processes.
    wall = {True: 0.0, False: 0.0}
    cpu = {True: 0.0, False: 0.0}
    for problem in chosen:
        reference = load_reference(problem)
        for run in range(2):
            for checked in (True, False):
                with mock.patch.object(MemoryCheck, "applies", return_value=False) \
                        if not checked else contextlib.nullcontext():
                    started, cpu_started = time.perf_counter(), cpu_seconds()
                    grade(reference, problem.reference_path, seed_value=run)
                    wall[checked] += time.perf_counter() - started
                    cpu[checked] += cpu_seconds() - cpu_started
    print(f"grading the {len(chosen)} references with the memory check, against without it: "
          f"{cpu[True] / max(cpu[False], 1e-9):.2f}x the CPU time ({cpu[True]:.1f} s against "
          f"{cpu[False]:.1f} s), {wall[True] / max(wall[False], 1e-9):.2f}x the wall-clock "
          f"time ({wall[True]:.1f} s against {wall[False]:.1f} s)")
    return 1 if flips else 0


if __name__ == "__main__":
    sys.exit(main())
