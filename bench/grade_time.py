"""How long does grading a correct solution take? Grades every problem's reference once
(as a learner's correct solution would be graded: examples, generated inputs, complexity)
and prints the time per problem, the median and the slowest. Goal: under 3 s each.

    python bench/grade_time.py [SLUG ...]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from trainer.grading.engine import grade
from trainer.grading.reference import load_reference
from trainer.spec import load_catalogue

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    catalogue = load_catalogue(ROOT / "problems")
    slugs = sys.argv[1:] or sorted(catalogue.problems)
    times = {}
    for slug in slugs:
        problem = catalogue.problems[slug]
        reference = load_reference(problem)
        started = time.perf_counter()
        outcome = grade(reference, problem.reference_path, seed_value=0)
        times[slug] = time.perf_counter() - started
        print(f"{slug:34} {outcome.verdict:8} {outcome.cases:>5} inputs {times[slug]:6.2f} s",
              flush=True)
    slowest = max(times, key=times.__getitem__)
    print(f"\nmedian {statistics.median(times.values()):.2f} s, slowest {slowest} "
          f"{times[slowest]:.2f} s; {sum(t < 3 for t in times.values())} of {len(times)} "
          "under 3 s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
