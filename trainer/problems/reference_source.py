"""What can be told of a problem's reference.py without running it: that it exists, that it
compiles, and that it defines the names the grader needs. A problem whose reference fails
here is broken for every command (`next` never offers it), at the cost of a parse, not of
an import (its imports, Hypothesis among them, are not loaded)."""

from __future__ import annotations

import ast
from pathlib import Path

from trainer.errors import SpecError

# The names a reference defines besides its entry, by kind of problem.
REQUIRED = {"function": ("inputs",), "stateful": ("operations",)}


def reference_error(path: Path, entry: str, design: bool) -> SpecError | None:
    """Why `path` cannot be a reference with this entry, or None when it may be one."""
    try:
        source = path.read_bytes()
    except IsADirectoryError:
        return SpecError(path, "is a folder, not a file: the reference is one Python file")
    except FileNotFoundError:
        return SpecError(path, "missing: every problem needs a reference.py")
    except OSError as error:
        return SpecError(path, f"cannot read: {error.strerror}")
    try:
        tree = ast.parse(source, filename=str(path))
    except SyntaxError as error:
        return SpecError(path, f"cannot import: SyntaxError: {error.msg}", error.lineno)
    except ValueError as error:  # null bytes
        return SpecError(path, f"cannot import: {error}")
    defined = _top_level_names(tree)
    if defined is None:
        return None  # `from x import *` or globals(): only importing it can tell
    for name in (entry, *REQUIRED["stateful" if design else "function"]):
        if name not in defined:
            return SpecError(path, f"does not define {name}")
    return None


def _top_level_names(tree: ast.Module) -> set[str] | None:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and any(a.name == "*" for a in node.names):
            return None
        if isinstance(node, ast.Name) and node.id in ("globals", "setattr", "exec"):
            return None
    for node in ast.walk(tree):  # names bound anywhere at module level, in if/try too
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
    return names
