"""How small is the input a failure is shown on, and what does shrinking it cost?

Grades every wrong/ solution with the statement's examples skipped (most wrong/ solutions
fail an example, which is not shrunk), twice in a row with the same seed: Hypothesis's
shrink alone, then with the input-level shrink after it (trainer/grading/minimize.py).
Prints, per solution and seed, the shown input's length (JSON characters) and the grading
time of both, then how many shown inputs got smaller and the median time ratio. The two
runs of a pair follow each other, so a busy machine slows both alike.

    python bench/shrink.py [--seeds 2] [SLUG ...]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path
from typing import Any

import trainer.grading.engine as engine
from trainer.grading.reference import load_reference
from trainer.problems.catalogue import load_catalogue

ROOT = Path(__file__).resolve().parents[1]


def graded(reference: Any, solution: Path, seed: int, further: bool) -> tuple[str, float]:
    """(the shown input as JSON, seconds), with or without the input-level shrink."""
    original = engine.smallest_call, engine.smallest_sequence
    if not further:
        engine.smallest_call = engine.smallest_sequence = lambda _r, _v, failure: failure
    try:
        started = time.perf_counter()
        outcome = engine.grade(reference, solution, seed_value=seed, complexity=False)
        elapsed = time.perf_counter() - started
    finally:
        engine.smallest_call, engine.smallest_sequence = original
    example = outcome.counterexample
    return (json.dumps(example.input) if example else ""), elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=2)
    parser.add_argument("slugs", nargs="*")
    options = parser.parse_args()
    catalogue = load_catalogue(ROOT / "problems")
    engine._examples = lambda _runner, _progress: None  # type: ignore[assignment]
    smaller = same = failures = 0
    ratios = []
    for slug in options.slugs or sorted(catalogue.problems):
        reference = load_reference(catalogue.problems[slug])
        for solution in sorted((ROOT / "problems" / slug / "wrong").glob("*.py")):
            for seed in range(options.seeds):
                before, before_s = graded(reference, solution, seed, False)
                after, after_s = graded(reference, solution, seed, True)
                if not before:
                    continue  # passed without the examples, or stopped without an input
                failures += 1
                smaller += len(after) < len(before)
                same += len(after) == len(before)
                ratios.append(after_s / before_s)
                print(f"{slug:30} {solution.stem:28} seed {seed}  {len(before):6,} -> "
                      f"{len(after):5,} chars  {before_s:5.2f} s -> {after_s:5.2f} s  "
                      f"{after[:60]}", flush=True)
    print(f"\n{failures} failures: {smaller} shown smaller, {same} the same size, "
          f"{failures - smaller - same} larger; grading time x{statistics.median(ratios):.2f}"
          f" (median), x{max(ratios):.2f} (most)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
