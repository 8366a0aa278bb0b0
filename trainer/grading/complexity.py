"""The complexity check: does the solution grow like the reference as inputs double?

For each size of the problem's ladder, the reference is timed here and the solution in the
worker, each the fastest of a few runs on fresh copies of one worst-case input. Comparing
the two at the same size cancels the machine's speed; how their ratio grows from the first
size to the last is the verdict. An O(n^2) solution against an O(n) reference sees the
ratio grow by the size factor (16x over the ladder), an O(n log n) one by about 1.3x, so a
limit of 4x leaves wide margins on both sides of noise. The answers at every size are
judged too, so the largest inputs are checked for correctness as well.
"""

from __future__ import annotations

import math
import random
import time
from dataclasses import dataclass
from typing import Any

from trainer.grading.cases import CaseRunner, build_args
from trainer.grading.outcome import CaseFailure, GradingStopped
from trainer.grading.stateful import show_calls
from trainer.values import NodeRegistry, encode

SLOPE_LIMIT = 0.5  # the ratio growing like n^0.5 or faster means "grows faster"
RATIO_FLOOR = 3.0  # and the solution is at least this many times slower at the top size
RATIO_CEILING = 100.0  # this many times slower is too slow, whatever the growth
MIN_SIZE_FACTOR = 4  # growth is judged over at least a 4x range of sizes
REPEAT = 3
REPEAT_SECONDS = 0.3  # stop repeating a run once this much time went into it
STOP_SECONDS = 0.5  # a solution this slow at one size is not measured at larger ones
NOISE_SECONDS = 1e-4  # points where both timings are below this are mostly noise
SIZE_LIMIT_SECONDS = 5.0  # one run longer than this, when the reference is quick: too slow


@dataclass
class Point:
    n: int
    solution_s: float
    reference_s: float

    @property
    def ratio(self) -> float:
        return self.solution_s / max(self.reference_s, 1e-9)


class ComplexityCheck:
    def __init__(self, runner: CaseRunner, seed: int) -> None:
        self.runner = runner
        self.problem = runner.problem
        self.rnd = random.Random(seed)
        self.points: list[Point] = []

    def run(self) -> dict[str, Any]:
        """Measure the ladder; raises CaseFailure("too_slow"/wrong answer) or returns data."""
        sized = self.runner.reference.get("sized")
        for n in self.problem.complexity.sizes:
            data = sized(n, self.rnd)
            if self.problem.is_design:
                self.measure_design(n, data)
            else:
                self.measure_function(n, data)
            if self.points[-1].solution_s > STOP_SECONDS:
                break
        growth = self.summary()
        if self.too_slow():
            raise CaseFailure("too_slow", None, growth["message"], growth)
        return growth

    # -- measuring ---------------------------------------------------------------------
    def measure_function(self, n: int, args: dict[str, Any]) -> None:
        signature = self.problem.signature
        assert signature is not None
        reference_s = math.inf
        expected: Any = None
        spent = time.perf_counter()
        for _ in range(REPEAT):
            if time.perf_counter() - spent > REPEAT_SECONDS:
                break
            registry = NodeRegistry()
            built = build_args(signature, args, registry)
            start = time.perf_counter()
            value = self.runner.reference.entry(**built)
            reference_s = min(reference_s, time.perf_counter() - start)
            if self.problem.in_place is not None:
                value = built[self.problem.in_place]
            expected = encode(value, registry)
        reply = self.timed({"op": "time", "args": args, "repeat": REPEAT,
                             "budget": REPEAT_SECONDS}, n, reference_s, args)
        self.runner.cases += 1
        self.runner.judge_reply(reply, args, expected)
        self.points.append(Point(n, reply["seconds"], reference_s))

    def measure_design(self, n: int, data: dict[str, Any]) -> None:
        calls = [["__init__", data["init"]], *data["calls"]]
        methods = self.problem.methods
        reference_s = math.inf
        expected: list[Any] = []
        spent = time.perf_counter()
        for _ in range(REPEAT):
            if time.perf_counter() - spent > REPEAT_SECONDS:
                break
            prepared = [(name, build_args(methods[name], args)) for name, args in calls]
            start = time.perf_counter()
            model = self.runner.reference.entry(**prepared[0][1])
            results: list[Any] = [None]
            for name, args in prepared[1:]:
                results.append(getattr(model, name)(**args))
            reference_s = min(reference_s, time.perf_counter() - start)
            expected = results
        shown = show_calls(self.problem.entry, calls)
        reply = self.timed({"op": "run", "calls": calls, "repeat": REPEAT,
                             "budget": REPEAT_SECONDS}, n, reference_s,
                           shown)
        self.runner.cases += 1
        if reply["ok"]:
            for index, (name, args) in enumerate(calls[1:], 1):
                returns = methods[name].returns
                if returns.name == "None":
                    continue
                step = {"ok": True, "value": reply["value"][index], "output": ""}
                self.runner.judge_reply(step, args, encode(expected[index]), declared=returns,
                                        shown_input=shown, label=f"call {index + 1}, {name}: ")
        else:
            self.runner.judge_reply(reply, {}, None, shown_input=shown)
        self.points.append(Point(n, reply["seconds"], reference_s))

    def timed(self, message: dict[str, Any], n: int, reference_s: float, shown: Any) -> Any:
        """Run the solution at size n; a time-out is too_slow when the reference was quick."""
        limit = max(SIZE_LIMIT_SECONDS, reference_s * 20) + REPEAT_SECONDS + 1.0
        try:
            return self.runner.request(message, limit, shown)
        except GradingStopped as stopped:
            if stopped.verdict != "time_limit" or reference_s * RATIO_CEILING > limit:
                raise
            self.points.append(Point(n, limit, reference_s))
            growth = self.summary()
            raise CaseFailure("too_slow", None, growth["message"], growth) from None

    # -- judging -----------------------------------------------------------------------
    def usable(self) -> list[Point]:
        """Points timed well enough to compare (tiny timings are mostly noise)."""
        good = [p for p in self.points if max(p.reference_s, p.solution_s) >= NOISE_SECONDS]
        return good if len(good) >= 2 else self.points

    def slope(self) -> float:
        """How fast the solution/reference ratio grows: ratio ~ n^slope."""
        points = self.usable()
        first, last = points[0], points[-1]
        if last.n == first.n:
            return 0.0
        return math.log(last.ratio / max(first.ratio, 1e-9)) / math.log(last.n / first.n)

    def too_slow(self) -> bool:
        points = self.usable()
        last = points[-1]
        if last.ratio >= RATIO_CEILING:
            return True
        wide = last.n >= MIN_SIZE_FACTOR * points[0].n
        return wide and last.ratio >= RATIO_FLOOR and self.slope() >= SLOPE_LIMIT

    def summary(self) -> dict[str, Any]:
        points = self.usable()
        last = self.points[-1]
        exponent = _exponent(points, "solution_s")
        expected = self.problem.complexity.optimal
        message = (f"at n = {last.n:,} your solution took {last.ratio:,.1f}x the reference's "
                   f"time; its time grows like n^{exponent:.1f} over the sizes measured, "
                   f"expected {expected}")
        return {
            "message": message,
            "ratio": round(last.ratio, 2),
            "slope": round(self.slope(), 2),
            "exponent": round(exponent, 2),
            "expected": expected,
            "points": [{"n": p.n, "solution_s": round(p.solution_s, 6),
                        "reference_s": round(p.reference_s, 6)} for p in self.points],
        }


def _exponent(points: list[Point], attribute: str) -> float:
    """The slope of log(time) against log(n) between the first and last points."""
    if len(points) < 2:
        return 0.0
    first, last = points[0], points[-1]
    t0, t1 = getattr(first, attribute), getattr(last, attribute)
    if t0 <= 0 or t1 <= 0 or last.n == first.n:
        return 0.0
    return math.log(t1 / t0) / math.log(last.n / first.n)
