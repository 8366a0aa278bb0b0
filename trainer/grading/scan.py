"""Static checks on a solution's source: it compiles, defines the entry, avoids what is banned.

Runs in the grader on the text of the file, never importing it.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from trainer.problems import forbid as rules
from trainer.problems.forbid import Forbid

# The AST node of each operator a spec may forbid.
OPERATORS: dict[str, type[ast.operator]] = {
    "**": ast.Pow,
    "/": ast.Div,
    "//": ast.FloorDiv,
    "%": ast.Mod,
    "<<": ast.LShift,
    ">>": ast.RShift,
    "&": ast.BitAnd,
    "|": ast.BitOr,
    "^": ast.BitXor,
    "*": ast.Mult,
}
COMPARISONS: dict[str, type[ast.cmpop]] = {"in": ast.In, "not in": ast.NotIn}
assert tuple(OPERATORS) == rules.OPERATORS and tuple(COMPARISONS) == rules.COMPARISONS
DYNAMIC_LOOKUPS = {"getattr", "__import__", "import_module", "eval", "exec", "__getattribute__"}


@dataclass(frozen=True)
class Finding:
    line: int
    message: str


def compile_error(source: str, filename: str) -> Finding | None:
    """A syntax error, with its line, or None."""
    try:
        compile(source, filename, "exec", dont_inherit=True)
    except SyntaxError as error:
        return Finding(error.lineno or 1, f"SyntaxError: {error.msg}")
    except ValueError as error:  # source with NUL bytes
        return Finding(1, f"cannot compile: {error}")
    return None


def find_forbidden(source: str, forbid: Forbid) -> list[Finding]:
    """Each use of a banned name, attribute, module or operator, in line order."""
    if not forbid:
        return []
    findings = []
    for node in ast.walk(ast.parse(source)):
        line = getattr(node, "lineno", 1)
        if isinstance(node, ast.Name) and node.id in forbid.names:
            findings.append(Finding(line, f"{node.id} is not allowed in this problem"))
        elif isinstance(node, ast.Attribute) and node.attr in forbid.attributes:
            findings.append(Finding(line, f".{node.attr} is not allowed in this problem"))
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            modules = [alias.name for alias in node.names] if isinstance(node, ast.Import) \
                else [node.module or ""]
            for module in modules:
                if module.split(".")[0] in forbid.modules:
                    findings.append(Finding(line, f"importing {module} is not allowed here"))
        elif isinstance(node, (ast.BinOp, ast.AugAssign)):
            for symbol in forbid.operators:
                operator = OPERATORS.get(symbol)
                if operator is not None and isinstance(node.op, operator):
                    findings.append(Finding(line, f"the {symbol} operator is not allowed here"))
        elif isinstance(node, ast.Compare):
            for symbol in forbid.operators:
                comparison = COMPARISONS.get(symbol)
                if comparison is not None and any(isinstance(op, comparison) for op in node.ops):
                    findings.append(Finding(line, f"the {symbol} operator is not allowed here"))
        elif isinstance(node, ast.Call) and _called_name(node) in DYNAMIC_LOOKUPS:
            # getattr(builtins, "sorted") and friends: a banned name spelled as a string
            for argument in node.args:
                if isinstance(argument, ast.Constant) and argument.value in (
                        *forbid.names, *forbid.attributes, *forbid.modules):
                    findings.append(Finding(line, f"{argument.value!r} is not allowed here"))
    return sorted(findings, key=lambda finding: finding.line)


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None
