"""A problem's `constraints:`: Python expressions over its argument names, from the statement.

    constraints:
      - "2 <= len(nums) <= 10**5"
      - "all(-10**9 <= x <= 10**9 for x in nums)"

They are the author's text (trusted, like reference.py), checked when the spec loads: each
must parse as one expression, and every name in it must be an argument, a name bound
inside it (a comprehension's variable) or one of the few builtins in SAFE_BUILTINS; no
attribute starting with `_`. They are evaluated on plain data (linked lists and trees as
lists, as in the examples), with no other builtins.

For a design problem a constraint names parameters of the methods, and holds for every
call whose arguments, with the constructor's, include all of its names and that passes
one of them (`"1 <= capacity <= 3000"` for __init__, `"0 <= key <= 10**5"` for get and
put, `"0 <= x < n"` for every method given x, n being __init__'s).
"""

from __future__ import annotations

import ast
import builtins
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

SAFE_NAMES = ("abs", "all", "any", "bool", "dict", "enumerate", "float", "int", "isinstance",
              "len", "list", "max", "min", "ord", "range", "reversed", "round", "set", "sorted",
              "str", "sum", "tuple", "zip")
SAFE_BUILTINS: dict[str, Any] = {name: getattr(builtins, name) for name in SAFE_NAMES}


class ConstraintError(ValueError):
    """A constraint that cannot be used: its text is not a safe expression."""


@dataclass(frozen=True)
class Constraint:
    text: str
    names: frozenset[str]  # the arguments it reads
    line: int | None = None

    def holds(self, args: dict[str, Any]) -> bool:
        """Whether the constraint holds for these arguments (plain data). An expression
        that fails on them (a TypeError on a wrongly typed value) does not hold."""
        scope: dict[str, Any] = {"__builtins__": SAFE_BUILTINS, **args}
        try:
            return bool(eval(_compiled(self.text), scope))  # the author's text, not code to run
        except Exception:
            return False


_CODE: dict[str, Any] = {}


def _compiled(text: str) -> Any:
    code = _CODE.get(text)
    if code is None:
        code = _CODE[text] = compile(text, "<constraint>", "eval")
    return code


def parse_constraint(text: str, known: Iterable[str], line: int | None = None) -> Constraint:
    """Check one expression against the argument names `known`; ConstraintError says why."""
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError as error:
        raise ConstraintError(f"{text!r} is not a Python expression: {error.msg}") from None
    bound = {node.id for node in ast.walk(tree)
             if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)}
    bound |= {arg.arg for node in ast.walk(tree) if isinstance(node, ast.Lambda)
              for arg in node.args.args}
    known = set(known)
    used: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr.startswith("_"):
            raise ConstraintError(f"{text!r}: no attribute starting with _ ({node.attr})")
        if isinstance(node, (ast.NamedExpr, ast.Await, ast.Yield, ast.YieldFrom)):
            raise ConstraintError(f"{text!r}: only plain expressions")
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            if node.id in known:
                used.add(node.id)
            elif node.id not in bound and node.id not in SAFE_BUILTINS:
                raise ConstraintError(
                    f"{text!r}: unknown name {node.id!r} (arguments: {', '.join(sorted(known))};"
                    f" builtins: {', '.join(SAFE_NAMES)})")
    if not used:
        raise ConstraintError(f"{text!r} names no argument")
    return Constraint(text.strip(), frozenset(used), line)


def violated(constraints: Iterable[Constraint], args: dict[str, Any]) -> list[Constraint]:
    """The constraints that apply to these arguments (all their names given) and fail."""
    return [c for c in constraints if c.names <= args.keys() and not c.holds(args)]
