"""How steady is the complexity check? Grade every reference, every accepted/ and every
slow/ solution several times and count verdict flips: a reference or an accepted/
solution not passed, or a slow/ solution not judged too_slow. Prints the flip rate
(goal: 0) and what the check costs.

    python bench/complexity.py [--runs 10] [--only reference|accepted|slow] [SLUG ...]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from trainer.grading.engine import grade
from trainer.grading.reference import load_reference
from trainer.problems.catalogue import load_catalogue

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--only", choices=["reference", "accepted", "slow"],
                        help="grade only the references, the accepted/ or the slow/ solutions")
    parser.add_argument("slugs", nargs="*")
    options = parser.parse_args()
    catalogue = load_catalogue(ROOT / "problems")
    problems = [p for slug, p in sorted(catalogue.problems.items())
                if (not options.slugs or slug in options.slugs)
                and (p.solutions_in("slow") or p.solutions_in("accepted"))]
    flips = gradings = 0
    print(f"{'problem':32} {'solution':28} {'runs':>4} {'flips':>5} {'ratio range':>18} "
          f"{'s/grading':>9}")
    for problem in problems:
        reference = load_reference(problem)
        solutions = [(problem.reference_path, "reference")] + [
            (path, "accepted") for path in problem.solutions_in("accepted")] + [
            (path, "slow") for path in problem.solutions_in("slow")]
        for path, kind in solutions:
            if options.only and options.only != kind:
                continue
            ratios, wrong, started = [], 0, time.perf_counter()
            for run in range(options.runs):
                outcome = grade(reference, path, seed_value=run)
                wrong += (outcome.verdict != "too_slow") if kind == "slow" \
                    else not outcome.passed
                if outcome.growth:
                    ratios.append(outcome.growth["ratio"])
            cost = (time.perf_counter() - started) / options.runs
            flips += wrong
            gradings += options.runs
            span = f"{min(ratios):.1f}-{max(ratios):.1f}x" if ratios else "-"
            name = "reference" if kind == "reference" else f"{kind}/{path.name}"
            print(f"{problem.slug:32} {name:28} {options.runs:>4} {wrong:>5} {span:>18} "
                  f"{cost:>9.2f}")
    rate = flips / gradings if gradings else 0.0
    print(f"\nflip rate: {flips}/{gradings} = {rate:.1%} (goal: 0)")
    return 0 if flips == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
