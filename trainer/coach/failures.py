"""What kind of failure keeps happening, read from the gradings themselves.

An interviewer rarely says it; the shrunk counterexamples do:

- edge: the smallest failing input is an edge case (empty, one element, all values equal,
  extreme or zero values, a call sequence of three calls or fewer);
- approach: it fails only on large inputs (the input was too large to show), so the idea,
  not a detail, is wrong;
- wrong: a wrong answer on an ordinary small input;
- slow: too slow, or out of time on a call;
- crash: an exception (an index out of range, a recursion too deep, ...) or out of memory.

A solution that does not load (compile_error), or that still raises the stub's
NotImplementedError, says nothing about the learner's grasp of the topic and is not counted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from trainer.grading.outcome import SHORTENED
from trainer.problems.calls import split_calls
from trainer.problems.entry import Entry
from trainer.store.attempts import Attempt

KIND_NAMES = {"edge": "edge cases", "approach": "large inputs only (the approach)",
              "wrong": "wrong answers on small inputs", "slow": "too slow",
              "crash": "crashes"}
KIND_COUNTED = {  # a count of each kind: (one, many)
    "edge": ("edge case", "edge cases"),
    "approach": ("wrong approach (large inputs only)", "wrong approaches (large inputs only)"),
    "wrong": ("wrong answer on a small input", "wrong answers on small inputs"),
    "slow": ("too slow", "too slow"), "crash": ("crash", "crashes")}
EXTREME = 10**9  # an integer this large is at the edge of every catalogue's ranges
SHORT_SEQUENCE = 3


def failure_kind(verdict: str, counterexample: dict[str, Any] | None) -> str | None:
    """The kind of a failed grading, or None for a pass or a solution that did not load."""
    if verdict in ("passed", "compile_error"):
        return None
    if verdict in ("too_slow", "time_limit"):
        return "slow"
    if verdict in ("runtime_error", "memory_limit"):
        error = str((counterexample or {}).get("error") or "")
        return None if "NotImplementedError" in error else "crash"
    shown = (counterexample or {}).get("input")
    if shown is None or (counterexample or {}).get("input_file") or (
            isinstance(shown, str) and shown.endswith(SHORTENED)):
        return "approach"  # only a summary could be shown: a large input
    if isinstance(shown, str):  # a design problem's calls, as the learner was shown them
        shown = split_calls(shown)
    return "edge" if is_edge_case(shown) else "wrong"


def is_edge_case(shown: Any) -> bool:
    """An argument dict (or a design problem's call list) that is an edge case."""
    if isinstance(shown, list):  # the calls of a design problem, the constructor first
        return len(shown) <= SHORT_SEQUENCE + 1
    if not isinstance(shown, dict) or not shown:
        return False
    values = list(shown.values())
    if all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        return any(v in (0, 1, -1) or abs(v) >= EXTREME for v in values)
    return any(_edge_value(value) for value in values)


def _edge_value(value: Any) -> bool:
    if isinstance(value, str | list):
        if len(value) <= 1:
            return True
        flat = [item for item in value if not isinstance(item, list | dict)]
        if len(flat) == len(value) and len(set(map(repr, flat))) == 1:
            return True  # every value equal
    if isinstance(value, list):
        return any(isinstance(item, int) and not isinstance(item, bool)
                   and abs(item) >= EXTREME for item in value)
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) >= EXTREME


def failure_mix(attempts: Iterable[Attempt], problems: Mapping[str, Entry]
                ) -> dict[str, Counter[str]]:
    """Per topic, how many failed gradings were of each kind."""
    return kinds_by_topic(((a.slug, a.verdict, a.counterexample) for a in attempts), problems)


def kinds_by_topic(failures: Iterable[tuple[str, str, dict[str, Any] | None]],
                   problems: Mapping[str, Entry]) -> dict[str, Counter[str]]:
    """Per topic, how many of these (slug, verdict, counterexample) were of each kind."""
    mix: dict[str, Counter[str]] = {}
    for slug, verdict, counterexample in failures:
        problem = problems.get(slug)
        kind = failure_kind(verdict, counterexample)
        if problem is not None and kind is not None:
            mix.setdefault(problem.topic, Counter())[kind] += 1
    return mix


def counted(kind: str, count: int) -> str:
    """'1 edge case', '3 crashes'."""
    one, many = KIND_COUNTED[kind]
    return f"{count} {one if count == 1 else many}"


def dominant_kind(counts: Counter[str]) -> str | None:
    """The kind that is at least half of three or more failures."""
    total = sum(counts.values())
    if total < 3:
        return None
    kind, count = counts.most_common(1)[0]
    return kind if count * 2 >= total else None


def mostly(counts: Counter[str]) -> str | None:
    """'mostly edge cases' when one kind is at least half of three or more failures."""
    kind = dominant_kind(counts)
    return f"mostly {KIND_NAMES[kind]}" if kind else None
