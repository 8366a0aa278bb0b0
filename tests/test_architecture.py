"""The layers of the code, read from its imports with `ast`: what may import what.

    commands (click)  ->  coach  ->  grading, store  ->  problems  ->  errors, clock, workspace

Imports inside functions count (they run too); those under `if TYPE_CHECKING:` do not.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "trainer"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path) -> set[str]:
    """Every module `path` imports at run time (`from a import b` counts as a.b when a.b
    is a module of ours, else as a)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and ast.unparse(node.test).endswith("TYPE_CHECKING"):
            skipped.update(id(child) for stmt in node.body for child in ast.walk(stmt))
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                if candidate in MODULES:
                    found.add(candidate)
    return found


MODULES = {module_name(path): path for path in PACKAGE.rglob("*.py")}
IMPORTS = {name: imported_modules(path) for name, path in MODULES.items()}


def ours(names: set[str]) -> set[str]:
    return {name for name in names if name in MODULES}


def in_package(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def test_every_module_is_seen() -> None:
    assert "trainer.grading.engine" in MODULES and "trainer.coach.scheduler" in MODULES


@pytest.mark.parametrize("package", ["trainer.problems", "trainer.store", "trainer.grading",
                                     "trainer.coach"])
def test_the_core_never_imports_the_command_line(package: str) -> None:
    offenders = {
        module: sorted(name for name in imported if name == "click"
                       or in_package(name, "trainer.commands") or name == "trainer.cli")
        for module, imported in IMPORTS.items() if in_package(module, package)
    }
    assert {module: names for module, names in offenders.items() if names} == {}


# Package -> the packages of ours it must never import.
FORBIDDEN = {
    "trainer.problems": ("trainer.grading", "trainer.coach", "trainer.store"),
    "trainer.store": ("trainer.grading", "trainer.coach", "trainer.problems"),
    "trainer.grading": ("trainer.coach", "trainer.store"),
}


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_lower_layers_never_import_higher_ones(package: str) -> None:
    offenders = {
        module: sorted(name for name in ours(imported)
                       if any(in_package(name, above) for above in FORBIDDEN[package]))
        for module, imported in IMPORTS.items() if in_package(module, package)
    }
    assert {module: names for module, names in offenders.items() if names} == {}


def find_cycle() -> list[str] | None:
    """A cycle of imports between our modules, or None (depth-first search)."""
    graph = {module: sorted(ours(imported) - {module}) for module, imported in IMPORTS.items()}
    done: set[str] = set()
    path: list[str] = []

    def visit(module: str) -> list[str] | None:
        if module in path:
            return [*path[path.index(module):], module]
        if module in done:
            return None
        path.append(module)
        for imported in graph[module]:
            if (cycle := visit(imported)) is not None:
                return cycle
        path.pop()
        done.add(module)
        return None

    for module in sorted(graph):
        if (cycle := visit(module)) is not None:
            return cycle
    return None


def test_no_import_cycle() -> None:
    assert find_cycle() is None


def test_the_cycle_finder_finds_a_planted_cycle(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(IMPORTS, "trainer.errors", {"trainer.grading.engine"})
    cycle = find_cycle()
    assert cycle is not None and cycle[0] == cycle[-1] and "trainer.errors" in cycle
