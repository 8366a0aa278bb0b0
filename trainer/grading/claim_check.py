"""The learner's claimed complexity, set beside what the grading measured.

    judge_claims(claims_in(source), problem, outcome) -> {"time": {...}, "space": {...}}

Only what was measured is judged: time from the complexity check's ladder (outcome.growth,
present after a pass or a too_slow), space from the memory check (outcome.memory). A claim
with nothing measured to set it against is kept (`matches` None) and says nothing.

Time is judged against the reference, whose bound the spec states (`complexity.optimal`):
the sizes of a ladder are not always the claim's `n` (a grid's ladder counts cells, its
bound says rows*cols), but the reference's growth is measured on the same ladder. A
solution that passed the complexity check grew like the reference, so it is in the
optimal's class; one too slow grew about n^slope faster, the slope read in the problem's
sizes through the reference's own measured exponent. (A one-letter claim for a bound in
other sizes, `O(n)` for O(rows*cols), reads n as the input's size.) A claim matches when
its degree is
within half a power of that; log factors are never judged, since doubling sizes cannot
see them. Space is judged as the memory check judges a `space:` bound: its power of the
input's size against the measured power of the extra memory.
"""

from __future__ import annotations

import re
from typing import Any

from trainer.grading.memory import growth_words
from trainer.grading.outcome import Outcome
from trainer.problems.claimed import Bound, Claim, Claims, read_bound
from trainer.problems.spec import Problem

MARGIN = 0.5  # half a power: within it, the claim is the measured class
NOT_GROWING = 0.25  # a memory power below this is no growth (as memory.growth_words)


def judge_claims(claims: Claims, problem: Problem, outcome: Outcome) -> dict[str, Any] | None:
    """Each claim with whether it matches what was measured (None: nothing measured, or
    the claim could not be read) and one sentence when it was judged."""
    if not claims:
        return None
    return {"time": _time(claims.time, problem, outcome.growth, outcome.verdict),
            "space": _space(claims.space, outcome.memory)}


def optimal_bound(problem: Problem) -> Bound | None:
    """The spec's stated bound (`O(1) per operation`, `O(n^2 log n) or better (...)`: the
    first O(...) in it)."""
    match = re.search(r"O\(", problem.complexity.optimal)
    if not match:
        return None
    text, depth, end = problem.complexity.optimal, 1, match.end()
    while end < len(text) and depth:
        depth += text[end] == "("
        depth -= text[end] == ")"
        end += 1
    return read_bound(text[match.end():end - 1]) if depth == 0 else None


def _entry(claim: Claim, matches: bool | None, message: str | None) -> dict[str, Any]:
    return {"claimed": claim.text, "matches": matches, "message": message}


def _time(claim: Claim | None, problem: Problem, growth: dict[str, Any],
          verdict: str) -> dict[str, Any] | None:
    if claim is None:
        return None
    optimal = optimal_bound(problem)
    if (not growth or claim.bound is None or optimal is None or optimal.exponential
            or "exponent" not in growth):
        return _entry(claim, None, None)
    claimed = claim.bound
    if (len(optimal.variables) > 1 and claimed.variables
            and claimed.variables.isdisjoint(optimal.variables)):
        # `O(n)` for a grid's O(rows*cols): the learner's n is the input's size.
        stated, power = claimed.size_power, optimal.size_power
    else:
        stated, power = claimed.degree, optimal.degree
    measured = power + _extra_powers(growth, power, verdict)
    matches = abs(stated - measured) < MARGIN
    exponent, reference = growth["exponent"], growth.get("reference_exponent", 0.0)
    stated_bound = problem.complexity.optimal.split(" (")[0]
    if matches:
        message = (f"you wrote {claim.text} time: consistent with what was measured (your "
                   f"time grew like n^{exponent:.1f}; the reference's, {stated_bound}, like "
                   f"n^{reference:.1f})")
    elif stated > measured:
        message = (f"you wrote {claim.text} time; it grew like n^{exponent:.1f} over the "
                   f"sizes measured, as the reference's {stated_bound} did "
                   f"(n^{reference:.1f}): faster than you wrote")
    else:
        message = (f"you wrote {claim.text} time; it grew like n^{exponent:.1f} over the "
                   f"sizes measured (the reference's {stated_bound}: n^{reference:.1f})")
    return _entry(claim, matches, message)


def _extra_powers(growth: dict[str, Any], power: float, verdict: str) -> float:
    """How many powers of the problem's sizes the solution grew faster than the reference
    (whose bound has `power`): 0 after a pass (the check found it grew like the
    reference), at least 1 when too slow."""
    if verdict != "too_slow":
        return 0.0
    scale = 1.0  # ladder powers per power of the problem's sizes
    reference = float(growth.get("reference_exponent", 0.0))
    if power >= 1 and reference > 0:
        scale = min(1.5, max(0.4, reference / power))
    return float(max(1, round(float(growth.get("slope", 1.0)) / scale)))


def _space(claim: Claim | None, memory: dict[str, Any]) -> dict[str, Any] | None:
    if claim is None:
        return None
    if not memory or claim.bound is None or "power" not in memory:
        return _entry(claim, None, None)
    power = float(memory["power"])
    measured = 0.0 if power < NOT_GROWING else power
    matches = abs(claim.bound.size_power - measured) < MARGIN  # never for an exponential
    words = growth_words(power)
    if matches:
        message = (f"you wrote {claim.text} space: consistent with what was measured (extra "
                   f"memory {words})")
    else:
        message = (f"you wrote {claim.text} space; its extra memory was {words} over the "
                   f"sizes measured (the reference's: {growth_words(memory['reference_power'])})")
    return _entry(claim, matches, message)

