"""What a grading ends in: a verdict, and for a failure the smallest input that shows it."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

VERDICTS = ("passed", "wrong_answer", "runtime_error", "time_limit", "memory_limit",
            "too_slow", "too_much_memory", "compile_error")
INLINE_INPUT_BYTES = 4000


@dataclass(frozen=True)
class KeptInput:
    """An input checked before the examples: one the learner failed on in an earlier
    grading (`failed`), or one of their own (`added`)."""
    input: Any  # argument dict, or a design problem's list of calls
    origin: str  # failed | added


@dataclass
class Counterexample:
    input: Any  # argument dict or call list; a short summary when it is large
    expected: str | None = None
    got: str | None = None
    error: str | None = None
    output: str = ""  # what the solution printed
    input_file: str | None = None  # where a large input was written in full
    difference: str | None = None  # for long answers: where they first differ

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        if not self.output:
            data.pop("output")
        if self.input_file is None:
            data.pop("input_file")
        if self.difference is None:
            data.pop("difference")
        return data


@dataclass
class Outcome:
    slug: str
    verdict: str
    seed: int
    cases: int = 0
    elapsed_s: float = 0.0
    phase: str = ""  # load | kept | own | examples | generated | complexity | memory
    message: str = ""  # one sentence: what went wrong, or the complexity finding
    counterexample: Counterexample | None = None
    growth: dict[str, Any] = field(default_factory=dict)  # the complexity measurements
    memory: dict[str, Any] = field(default_factory=dict)  # the memory measurements
    notes: list[str] = field(default_factory=list)  # true of a pass, worth a line each
    claims: dict[str, Any] | None = None  # the learner's claimed complexity, judged
    kept: dict[str, int] = field(default_factory=dict)  # kept inputs checked, by origin
    failing_input: Any = None  # a shrunk generated input that failed, as data to keep

    @property
    def passed(self) -> bool:
        return self.verdict == "passed"

    def to_json(self) -> dict[str, Any]:
        return {
            "slug": self.slug,
            "verdict": self.verdict,
            "passed": self.passed,
            "cases": self.cases,
            "seed": self.seed,
            "elapsed_s": round(self.elapsed_s, 3),
            "phase": self.phase,
            "message": self.message,
            "counterexample": self.counterexample.to_json() if self.counterexample else None,
            "complexity": self.growth or None,
            "memory": self.memory or None,
            "notes": self.notes,
            "claims": self.claims,
            "kept_cases": self.kept or None,
        }


class CaseFailure(Exception):
    """One input that the solution got wrong; Hypothesis shrinks these."""

    def __init__(self, verdict: str, counterexample: Counterexample | None, message: str,
                 growth: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.verdict = verdict
        self.counterexample = counterexample
        self.message = message
        self.growth = growth or {}
        self.raw_input: Any = None  # the input as data that runs again (cases.judge_reply)


class GradingStopped(BaseException):
    """A verdict that ends the grading at once (the worker died or hung): not shrunk.

    A BaseException, so Hypothesis lets it through instead of shrinking it.
    """

    def __init__(self, verdict: str, counterexample: Counterexample | None, message: str) -> None:
        super().__init__(message)
        self.verdict = verdict
        self.counterexample = counterexample
        self.message = message


SHORTENED = "characters in all)"  # how a shortened input's summary ends


def inline_input(data: Any) -> tuple[Any, bool]:
    """The input as it goes in a report, and whether it had to be shortened."""
    text = json.dumps(data, allow_nan=True, default=repr)
    if len(text) <= INLINE_INPUT_BYTES:
        return data, False
    return text[:200] + f"... ({len(text):,} {SHORTENED}", True


def input_text(data: Any) -> str:
    """An input as it pastes back: keyword arguments as Python literals (`s='AA', k=1`, what
    `trainer run --input` reads); a design problem's calls, or a large input's summary, as
    they are."""
    if isinstance(data, dict):
        return ", ".join(f"{name}={value!r}" for name, value in data.items())
    return str(data)
