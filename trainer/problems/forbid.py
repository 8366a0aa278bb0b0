"""What a problem may forbid a solution to use, checked before the solution runs.

The grader's source scan (trainer/grading/scan.py) finds the uses; the spec names them,
and may name only the operators listed here.
"""

from __future__ import annotations

from dataclasses import dataclass

OPERATORS = ("**", "/", "//", "%", "<<", ">>", "&", "|", "^", "*", "+", "-")
COMPARISONS = ("in", "not in")


@dataclass(frozen=True)
class Forbid:
    names: tuple[str, ...] = ()  # builtins and other names, banned where they are used
    attributes: tuple[str, ...] = ()  # methods: `.sort(...)`
    modules: tuple[str, ...] = ()  # imports
    operators: tuple[str, ...] = ()  # from OPERATORS and COMPARISONS

    def __bool__(self) -> bool:
        return bool(self.names or self.attributes or self.modules or self.operators)
