"""How results read in a terminal: a verdict first, then exactly what went wrong."""

from __future__ import annotations

from typing import Any

import click

from trainer.grading.outcome import Outcome, input_text
from trainer.problems.calls import split_calls
from trainer.screen import width, wrap
from trainer.words import plural

VERDICT_TITLES = {
    "passed": "PASSED",
    "wrong_answer": "WRONG ANSWER",
    "runtime_error": "RUNTIME ERROR",
    "time_limit": "TIME LIMIT EXCEEDED",
    "memory_limit": "MEMORY LIMIT EXCEEDED",
    "too_slow": "TOO SLOW",
    "too_much_memory": "TOO MUCH MEMORY",
    "compile_error": "DOES NOT LOAD",
}
UNSHRUNK = ("time_limit", "memory_limit")  # these end the grading on the input that hit them
PHASES = {
    "examples": "on an example from the statement",
    "generated": "on a generated input (shrunk to the smallest that fails)",
    "complexity": "while timing large inputs",
    "memory": "while measuring memory on large inputs",
    "load": "before any input",
    "kept": "on an input it failed on in an earlier grading (kept: trainer case list)",
    "own": "on an input of your own (trainer case list)",
}


def outcome_text(outcome: Outcome, solution: str) -> str:
    verdict = VERDICT_TITLES.get(outcome.verdict, outcome.verdict)
    heading = wrap(f"{outcome.slug}: {verdict}  ({plural(outcome.cases, 'input')} checked in "
                   f"{outcome.elapsed_s:.1f} s, seed {outcome.seed})", "  ", first="")
    lines = [heading.replace(verdict, click.style(verdict, fg="green" if outcome.passed
                                                   else "red", bold=True), 1)]
    if outcome.passed:
        if outcome.growth:
            lines.append(_labelled("complexity:", _growth_sentence(outcome.growth), 14))
        if outcome.memory:
            lines.append(_labelled("memory:", outcome.memory["message"], 14))
        lines.extend(_labelled("claimed:", line, 14) for line in claim_lines(outcome.claims))
        if outcome.kept:
            lines.append(_labelled("kept:", kept_sentence(outcome.kept), 14))
        lines.extend(_labelled("note:", note, 0) for note in outcome.notes)
        return "\n".join(lines)
    phase = PHASES.get(outcome.phase, "")
    if outcome.verdict in UNSHRUNK:
        phase = phase.replace(" (shrunk to the smallest that fails)", "")
    lines.append(f"  {phase}".rstrip())
    example = outcome.counterexample
    if example is not None:
        shown = input_text(example.input)
        lines.append(f"  input:     {shown}" if isinstance(example.input, dict)
                     else _calls_lines(shown))
        if example.input_file:
            lines.append(wrap(f"(the whole input is in {example.input_file}; trainer show "
                              f"{outcome.slug} --failed-input prints it)", LABEL_INDENT))
        if example.expected is not None:
            lines.append(f"  expected:  {example.expected}")
        if example.got is not None:
            lines.append(f"  got:       {example.got}")
        if example.difference:
            lines.append(_labelled("differs:", example.difference))
        if example.error:
            if example.got is None:  # an error and its source line: shown as they are
                lines.append("  error:     " + example.error.replace("\n", "\n" + LABEL_INDENT))
            else:
                lines.append(_labelled("why:", example.error))
        if example.output:
            printed = example.output.rstrip().replace("\n", "\n             ")
            lines.append(f"  printed:   {printed}")
    elif outcome.message:
        lines.append(wrap(outcome.message, "  "))
    if outcome.verdict == "too_slow" and outcome.growth:
        lines.append(_ladder(outcome.growth))
    lines.extend(_labelled("claimed:", line) for line in claim_lines(outcome.claims))
    again = f"trainer grade {outcome.slug}" + (f" --file {solution}" if solution else "")
    if outcome.phase in ("kept", "own"):
        # A kept input is checked first on every grading, and never in a --seed replay
        # (which gives the verdict the seed gave): grading again is what shows it again.
        lines.append(_labelled("again:", f"{again} (kept inputs are checked first on every "
                                         "grading)"))
    elif outcome.verdict not in ("compile_error",):
        lines.append(f"  replay:    trainer grade {outcome.slug} --seed {outcome.seed}"
                     + (f" --file {solution}" if solution else ""))
    return "\n".join(lines)


LABEL_INDENT = " " * 13  # where the text after a label such as "  expected:  " starts


def _calls_lines(text: str) -> str:
    """A design problem's calls (`LRUCache(2); put(1, 1); get(1)`), wrapped to the width
    between calls only, so that each call stays whole and reads as it was made."""
    calls = split_calls(text)
    lines, line = [], "  input:     "
    for index, call in enumerate(calls):
        call += ";" if index < len(calls) - 1 else ""
        if len(line) + len(call) > width() and line.strip() != "input:":
            lines.append(line.rstrip())
            line = LABEL_INDENT
        line += call + " "
    lines.append(line.rstrip())
    return "\n".join(lines)


def _labelled(label: str, text: str, at: int = len(LABEL_INDENT)) -> str:
    """`  label:     text` with the text from column `at`, wrapped to the width under
    its first word."""
    first = f"  {label} ".ljust(at)
    return wrap(text, " " * len(first), first=first)


def summary_text(summary: str) -> str:
    """The line after a recorded pass: how it took, and when it comes back."""
    return wrap(summary, "  ")


def duration(seconds: float) -> str:
    """A measured time in ms, or in µs below a millisecond (never "0.0 ms")."""
    if seconds >= 0.001:
        return f"{seconds * 1000:,.1f} ms"
    micro = seconds * 1_000_000
    return f"{micro:.0f} µs" if micro >= 10 else f"{micro:.1f} µs"


def claim_lines(claims: dict[str, Any] | None) -> list[str]:
    """The sentences on the learner's claimed complexity: only of claims that were judged."""
    if not claims:
        return []
    return [entry["message"] for entry in (claims.get("time"), claims.get("space"))
            if entry and entry.get("message")]


def kept_sentence(kept: dict[str, int]) -> str:
    """'your 3 earlier failing inputs now pass' (and the learner's own)."""
    parts = []
    if kept.get("failed"):
        parts.append(f"your {plural(kept['failed'], 'earlier failing input')}")
    if kept.get("added"):
        own = f"{plural(kept['added'], 'input')} of your own"
        parts.append(own if parts else f"your {own}")
    verb = "passes" if sum(kept.values()) == 1 and len(parts) == 1 else "pass"
    return f"{' and '.join(parts)} now {verb}" if parts else ""


def _growth_sentence(growth: dict[str, Any]) -> str:
    """What was measured, and only that: the fitted growth of both sides and the ratio at
    the top size (never the target's name, which the fit may not bear out)."""
    against = growth.get("against", "the reference")
    top = growth["points"][-1]["n"]
    return (f"from n = {growth.get('from_n', growth['points'][0]['n']):,} to {top:,} your time "
            f"grew like n^{growth['exponent']:.1f}, {against}'s like "
            f"n^{growth.get('reference_exponent', 0.0):.1f}; at n = {top:,} it took "
            f"{growth['ratio']:.1f}x {against}'s time"
            + (f" (the baseline: {growth['baseline']})" if growth.get("baseline") else ""))


def _ladder(growth: dict[str, Any]) -> str:
    """The last sizes measured, one per line."""
    rows = [f"n = {p['n']:,}: {duration(p['solution_s'])} "
            f"(reference {duration(p['reference_s'])})" for p in growth["points"][-3:]]
    return "  measured:  " + "\n             ".join(rows)
