"""The memory check: how the solution's extra memory grows with its input, beside the
reference's.

At three sizes of the problem's ladder (the smallest, the largest up to SPAN times it,
and one between: allocations need no large inputs to show how they grow, and tracing makes
each allocation several times slower), the worker calls the solution once with tracemalloc
on and counts the deepest recursion, and the grader does the same with the reference. Extra
memory is the heap's peak during the call (the input is built before, so it is left out;
the answer counts, as it is held) plus FRAME_BYTES per level of recursion, since frames
are not on that heap. Unlike timings, allocations do not jitter: the same input gives the
same figures, so the verdict is steady.

Where a problem declares `space:` (complexity.space), a solution whose extra memory grows
at least half a power faster than the bound allows, and is at the top size at least
VERDICT_BYTES and VERDICT_FACTOR times the reference's, is too_much_memory. Elsewhere the
growth is only reported.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import Any

from trainer.errors import SpecError
from trainer.grading.cases import CaseRunner, build_args
from trainer.grading.outcome import CaseFailure, GradingStopped
from trainer.grading.worker import measure_memory
from trainer.problems.bounds import parse_bound

FRAME_BYTES = 200  # a Python frame and its locals, roughly: recursion depth as memory
FLOOR_BYTES = 4096  # below this, allocations are the interpreter's own noise
SMALL_BYTES = 2 * FLOOR_BYTES  # both sides below this everywhere: no growth is reported
VERDICT_BYTES = 32 * 1024
VERDICT_FACTOR = 4.0
POWER_MARGIN = 0.5  # grows like n^(allowed + 0.5) or faster: clearly beyond the bound
SPAN = 4  # the sizes measured reach this many times the smallest, where the ladder does
SPAN_SLACK = 1.05  # a ladder of doublings rounded (1562, 3125, 6250) still spans 4x
CALL_FACTOR = 3  # tracing slows a call down: this many times its usual time limit


@dataclass(frozen=True)
class MemoryPoint:
    n: int
    solution_bytes: int
    solution_depth: int
    reference_bytes: int
    reference_depth: int

    @property
    def solution_extra(self) -> int:
        return self.solution_bytes + FRAME_BYTES * self.solution_depth

    @property
    def reference_extra(self) -> int:
        return self.reference_bytes + FRAME_BYTES * self.reference_depth


class MemoryCheck:
    def __init__(self, runner: CaseRunner, seed: int) -> None:
        self.runner = runner
        self.problem = runner.problem
        self.rnd = random.Random(seed ^ 0x5EED)
        self.points: list[MemoryPoint] = []

    def applies(self) -> bool:
        return not self.problem.is_design and len(self.problem.complexity.sizes) >= 2

    def decides(self) -> bool:
        """Whether the check can give a verdict: the problem bounds the extra memory."""
        return self.applies() and self.problem.complexity.space is not None

    def run(self) -> dict[str, Any]:
        """Measure; raises CaseFailure("too_much_memory") or returns the measurements."""
        for n in memory_sizes(self.problem.complexity.sizes):
            try:
                self.measure(n)
            except GradingStopped as stopped:
                if stopped.verdict != "time_limit":
                    raise
                # Tracing slows calls down (a memoised recursion most): a call that passed
                # the timing check but runs out of time here is not measured further.
                self.runner.restart_worker(n)
                break
        if len(self.points) < 2:
            return {}
        summary = self.summary()
        if summary["too_much"]:
            raise CaseFailure("too_much_memory", None, summary["message"], summary)
        return summary

    def measure(self, n: int) -> None:
        signature = self.problem.signature
        assert signature is not None
        try:
            args = self.runner.reference.get("sized")(n, self.rnd)
        except Exception as error:
            raise SpecError(self.problem.reference_path,
                            f"sized({n}, rnd) failed: {type(error).__name__}: {error}"
                            ) from error
        reply = self.runner.request({"op": "memory", "args": args},
                                    self.problem.call_seconds * CALL_FACTOR, args)
        if not reply["ok"]:
            self.runner.judge_reply(reply, args, None)  # raises: the solution's error
        built = build_args(signature, args)
        try:
            reference_bytes, reference_depth = measure_memory(
                lambda: self.runner.reference.entry(**built))
        except Exception as error:
            raise SpecError(self.problem.reference_path,
                            f"the reference failed on sized({n}): "
                            f"{type(error).__name__}: {error}") from error
        self.points.append(MemoryPoint(n, int(reply["peak_bytes"]), int(reply["depth"]),
                                       reference_bytes, reference_depth))

    def summary(self) -> dict[str, Any]:
        last = self.points[-1]
        power = growth_power([(p.n, p.solution_extra) for p in self.points])
        reference_power = growth_power([(p.n, p.reference_extra) for p in self.points])
        space = self.problem.complexity.space
        too_much = False
        if space is not None:
            allowed = parse_bound(space).power
            too_much = (power >= allowed + POWER_MARGIN
                        and last.solution_extra >= VERDICT_BYTES
                        and last.solution_extra >= VERDICT_FACTOR * last.reference_extra)
        held = (f"at n = {last.n:,} your solution held {size_text(last.solution_extra)} of "
                f"extra memory, {growth_words(power)}")
        if too_much:
            message = (f"{held}; expected {space} extra (the reference: "
                       f"{size_text(last.reference_extra)})")
        else:
            # both sides this small: the floor hides any growth, and "not growing" would be
            # a claim the measurements cannot back
            small = max(max(p.solution_extra, p.reference_extra) for p in self.points) \
                < SMALL_BYTES
            if small:
                growth = (f"under {SMALL_BYTES // 1024} KB at every size measured, too little "
                          "to show a growth")
            else:
                growth = (f"{growth_words(power)} (the reference: "
                          f"{growth_words(reference_power)})")
            message = (f"{growth}; at n = {last.n:,} your solution "
                       f"held {size_text(last.solution_extra)}, the reference "
                       f"{size_text(last.reference_extra)}")
        return {
            "message": message, "too_much": too_much, "expected": space,
            "power": round(power, 2), "reference_power": round(reference_power, 2),
            "points": [{"n": p.n, "solution_bytes": p.solution_bytes,
                        "solution_depth": p.solution_depth,
                        "reference_bytes": p.reference_bytes,
                        "reference_depth": p.reference_depth} for p in self.points],
        }


def memory_sizes(ladder: tuple[int, ...]) -> list[int]:
    """Three sizes of the ladder: its smallest, the largest within SPAN times that, and the
    one between them closest to their geometric middle."""
    low = ladder[0]
    within = [n for n in ladder if n <= SPAN * SPAN_SLACK * low]
    high = within[-1]
    middle = min(within, key=lambda n: abs(math.log(n) - (math.log(low) + math.log(high)) / 2))
    return sorted({low, middle, high})


def growth_power(points: list[tuple[int, int]]) -> float:
    """The power of n that the bytes grow with, fitted by least squares on log scales;
    amounts below FLOOR_BYTES count as FLOOR_BYTES (constant noise is no growth)."""
    if len(points) < 2:
        return 0.0
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(max(amount, FLOOR_BYTES)) for _, amount in points]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    if spread == 0:
        return 0.0
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread


def growth_words(power: float) -> str:
    if power < 0.25:
        return "not growing with n"
    if abs(power - round(power)) < 0.15:
        return "growing like n" if round(power) == 1 else f"growing like n^{round(power)}"
    return f"growing like n^{power:.1f}"


def size_text(amount: int) -> str:
    if amount < 1024:
        return f"{amount:,} bytes"
    if amount < 1024 * 1024:
        return f"{amount / 1024:,.1f} KB"
    return f"{amount / 1024 / 1024:,.1f} MB"
