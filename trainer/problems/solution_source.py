"""The solution part of a reference.py: what `trainer solution` shows a learner.

The entry function or class with the helpers and imports it uses, in file order; not the
input generators, the checker, or Hypothesis. Read from the file's syntax tree, never by
importing it.
"""

from __future__ import annotations

import ast

from trainer.errors import SpecError
from trainer.problems.spec import Problem

# What reference.py defines for the grader rather than as the solution.
GRADER_HOOKS = frozenset({"inputs", "sized", "check", "operations", "init", "precondition"})
TopLevel = ast.stmt


def solution_source(problem: Problem) -> str:
    """The entry function or class of reference.py with the helpers and imports it uses,
    in file order; not the generators, the checker, or Hypothesis."""
    path = problem.reference_path
    try:
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text, filename=str(path))
    except (OSError, SyntaxError, UnicodeDecodeError) as error:
        raise SpecError(path, f"cannot read the reference: {error}") from None
    defined = _definitions(tree)
    if problem.entry not in defined:
        raise SpecError(path, f"does not define {problem.entry}")
    wanted: set[str] = set()
    pending = [problem.entry]
    while pending:
        name = pending.pop()
        if name in wanted:
            continue
        wanted.add(name)
        node = defined[name]
        if not isinstance(node, ast.Import | ast.ImportFrom):
            pending += [used for used in _names_used(node) if used in defined]
    lines = text.splitlines()
    imports = [_import_source(node, wanted) for node in tree.body
               if isinstance(node, ast.Import | ast.ImportFrom)]
    blocks = [_block(node, lines) for node in tree.body
              if not isinstance(node, ast.Import | ast.ImportFrom)
              and _bound_names(node) & wanted]
    head = "\n".join(line for line in imports if line)
    return "\n\n\n".join(([head] if head else []) + blocks) + "\n"


def _definitions(tree: ast.Module) -> dict[str, TopLevel]:
    """Top-level name -> the statement binding it, without the grader's hooks."""
    defined: dict[str, TopLevel] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("hypothesis"):
            continue
        if isinstance(node, ast.Import) and any(
                alias.name.startswith("hypothesis") for alias in node.names):
            continue
        for name in _bound_names(node):
            if name not in GRADER_HOOKS and not name.startswith("check_"):
                defined[name] = node
    return defined


def _bound_names(node: ast.stmt) -> set[str]:
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return {node.name}
    if isinstance(node, ast.Import | ast.ImportFrom):
        return {(alias.asname or alias.name).split(".")[0] for alias in node.names}
    if isinstance(node, ast.Assign | ast.AnnAssign):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        return {name.id for target in targets for name in ast.walk(target)
                if isinstance(name, ast.Name)}
    return set()


def _names_used(node: ast.AST) -> set[str]:
    return {name.id for name in ast.walk(node) if isinstance(name, ast.Name)}


def _import_source(node: ast.Import | ast.ImportFrom, wanted: set[str]) -> str:
    """The import, keeping only the names the solution uses ('' when none)."""
    kept = [alias for alias in node.names
            if (alias.asname or alias.name).split(".")[0] in wanted]
    if not kept:
        return ""
    if isinstance(node, ast.ImportFrom):
        return ast.unparse(ast.ImportFrom(node.module, kept, node.level))
    return ast.unparse(ast.Import(kept))


def _block(node: ast.stmt, lines: list[str]) -> str:
    """The statement's source with its decorators and the comment lines just above it."""
    decorators = getattr(node, "decorator_list", [])
    start = min([node.lineno, *(d.lineno for d in decorators)]) - 1
    while start > 0 and lines[start - 1].lstrip().startswith("#"):
        start -= 1
    end = node.end_lineno or node.lineno
    return "\n".join(lines[start:end])
