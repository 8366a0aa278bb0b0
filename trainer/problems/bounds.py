"""Big-O bounds as a problem states them: `O(1)`, `O(log n)`, `O(n)`, `O(n log n)`,
`O(n^2)`, `O(m*n)`, `O(n + m)` ... read as the power of the input's size they grow with.

A measurement over doubling sizes sees powers, not logarithms: `O(log n)` and `O(1)` are
both power 0, `O(n log n)` and `O(n)` both power 1. Two sizes multiplied (`m*n`, a grid)
or added (`n + m`) are the size of the input itself: power 1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LOG = re.compile(r"log\s*(\([^()]*\)|[a-z])")
_FACTOR = re.compile(r"([a-z])(?:\^(\d+(?:\.\d+)?))?")


class BoundError(ValueError):
    """Not a bound this project can read."""


@dataclass(frozen=True)
class Bound:
    text: str
    power: float  # of the input's size
    logs: int  # log factors, which a measurement cannot see


def parse_bound(text: str) -> Bound:
    """'O(n log n)' -> Bound(power 1, logs 1); BoundError if it is not a bound."""
    compact = text.strip().replace("²", "^2").replace("·", "*")
    if not (compact.startswith("O(") and compact.endswith(")")) or not compact[2:-1].strip():
        raise BoundError(f"{text!r} is not a bound like O(1), O(log n), O(n), O(n^2)")
    body = compact[2:-1]
    logs = len(_LOG.findall(body))
    rest = _LOG.sub(" ", body)
    powers = []
    for term in rest.split("+"):
        factors = [(m[1], float(m[2] or 1)) for m in _FACTOR.finditer(term)]
        if _FACTOR.sub(" ", term).replace("*", " ").replace("1", " ").strip():
            raise BoundError(f"{text!r}: cannot read {term.strip()!r} (write O(n), O(n^2), "
                             "O(n log n), O(m*n), O(log n), O(1))")
        letters = {letter for letter, _ in factors}
        powers.append(1.0 if len(letters) > 1 else sum(power for _, power in factors))
    return Bound(text, float(max(powers)), logs)
