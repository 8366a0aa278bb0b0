"""How long does grading a correct solution take, as a learner waits for it?

For every problem, writes the solution part of its reference (what `trainer solution`
shows: the entry point and its helpers, without the generators or Hypothesis) into a
scratch workspace, and times the real command, `trainer grade SLUG --no-record`, from
start to exit: examples, generated inputs, complexity. Prints the time per problem, the
median, and how many are under the goals (easy problems under 2 s, all under 3 s).

    python bench/grade_time.py [--runs 1] [SLUG ...]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from trainer.problems.catalogue import load_catalogue
from trainer.problems.solution_source import solution_source

ROOT = Path(__file__).resolve().parents[1]
EASY_GOAL, ALL_GOAL = 2.0, 3.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="gradings per problem; the "
                        "fastest counts")
    parser.add_argument("slugs", nargs="*")
    options = parser.parse_args()
    catalogue = load_catalogue(ROOT / "problems")
    slugs = options.slugs or sorted(catalogue.problems)
    trainer = str(Path(sys.executable).with_name("trainer"))
    times: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        workspace = Path(folder)
        (workspace / "problems").symlink_to(ROOT / "problems")
        (workspace / "solutions").mkdir()
        env = {**os.environ, "TRAINER_WORKSPACE": str(workspace), "NO_COLOR": "1"}
        for slug in slugs:
            problem = catalogue.problems[slug]
            solution = workspace / "solutions" / f"{problem.module_name}.py"
            solution.write_text(solution_source(problem))
            best, status = float("inf"), 0
            for run in range(options.runs):
                started = time.perf_counter()
                status = subprocess.run(
                    [trainer, "grade", slug, "--no-record", "--seed", str(run)], env=env,
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
                best = min(best, time.perf_counter() - started)
            times[slug] = best
            verdict = "passed" if status == 0 else f"FAILED (exit {status})"
            print(f"{slug:34} {problem.difficulty:7} {verdict:8} {best:6.2f} s", flush=True)
    easy = [slug for slug in times if catalogue.problems[slug].difficulty == "easy"]
    slowest = max(times, key=times.__getitem__)
    print(f"\nmedian {statistics.median(times.values()):.2f} s, slowest {slowest} "
          f"{times[slowest]:.2f} s")
    print(f"easy problems under {EASY_GOAL:g} s: "
          f"{sum(times[s] < EASY_GOAL for s in easy)} of {len(easy)}")
    print(f"all problems under {ALL_GOAL:g} s: "
          f"{sum(t < ALL_GOAL for t in times.values())} of {len(times)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
