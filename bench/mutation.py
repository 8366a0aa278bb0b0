"""Grading power: how many small bugs does the grader catch?

Every reference solution is mutated one operator at a time (arithmetic, comparison,
boolean, constants +-1, min/max), and each mutant is graded twice: with the statement's
examples only, and with the full grader (examples and generated inputs; the complexity
check is left out, since a mutant is a correctness bug). Prints both kill rates side by
side and lists the survivors so they can be checked by hand (some are equivalent: they
compute the same thing).

    python bench/mutation.py [--max-per-problem 25] [SLUG ...]
"""

from __future__ import annotations

import argparse
import ast
import copy
import dataclasses
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from trainer.grading.engine import grade
from trainer.grading.reference import load_reference
from trainer.problems.catalogue import load_catalogue
from trainer.problems.solution_source import solution_source
from trainer.problems.spec import Problem

ROOT = Path(__file__).resolve().parents[1]
SWAPS: dict[type, type] = {
    ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.FloorDiv, ast.FloorDiv: ast.Mult,
    ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq, ast.NotEq: ast.Eq, ast.And: ast.Or, ast.Or: ast.And,
    ast.Mod: ast.FloorDiv, ast.BitAnd: ast.BitOr, ast.BitOr: ast.BitAnd,
}


def mutants(tree: ast.Module) -> Iterator[tuple[str, ast.Module]]:
    """(description, mutated tree), one change each."""
    sites = _sites(tree)
    for index in range(len(sites)):
        for label, change in _changes(sites[index]):
            mutated = copy.deepcopy(tree)
            target = _sites(mutated)[index]
            change_applied = change(target)
            if change_applied:
                yield f"line {getattr(target, 'lineno', '?')}: {label}", mutated


def _sites(tree: ast.Module) -> list[ast.AST]:
    """Mutable nodes inside the solution's functions and classes (not module constants,
    not type annotations, which do not run)."""
    annotations = {id(inner) for node in ast.walk(tree)
                   for annotation in _annotations(node) for inner in ast.walk(annotation)}
    return [node for top in tree.body if isinstance(top, (ast.FunctionDef, ast.ClassDef))
            for node in ast.walk(top) if _mutable(node) and id(node) not in annotations]


def _annotations(node: ast.AST) -> list[ast.expr]:
    if isinstance(node, ast.FunctionDef) and node.returns is not None:
        return [node.returns]
    if isinstance(node, (ast.arg, ast.AnnAssign)) and node.annotation is not None:
        return [node.annotation]
    return []


def _mutable(node: ast.AST) -> bool:
    return (isinstance(node, (ast.BinOp, ast.AugAssign, ast.BoolOp))
            and type(node.op) in SWAPS) or (
        isinstance(node, ast.Compare) and type(node.ops[0]) in SWAPS) or (
        isinstance(node, ast.Constant) and type(node.value) is int) or (
        isinstance(node, ast.Name) and node.id in ("min", "max"))


def _changes(node: ast.AST) -> Iterator[tuple[str, object]]:
    if isinstance(node, (ast.BinOp, ast.AugAssign, ast.BoolOp)):
        new = SWAPS[type(node.op)]
        yield f"{type(node.op).__name__} -> {new.__name__}", lambda n: _set(n, "op", new())
    elif isinstance(node, ast.Compare):
        new = SWAPS[type(node.ops[0])]
        yield (f"{type(node.ops[0]).__name__} -> {new.__name__}",
               lambda n: _set(n, "ops", [new(), *n.ops[1:]]))
    elif isinstance(node, ast.Constant):
        yield f"{node.value} -> {node.value + 1}", lambda n: _set(n, "value", n.value + 1)
        yield f"{node.value} -> {node.value - 1}", lambda n: _set(n, "value", n.value - 1)
    elif isinstance(node, ast.Name):
        other = "max" if node.id == "min" else "min"
        yield f"{node.id} -> {other}", lambda n: _set(n, "id", other)


def _set(node: ast.AST, field: str, value: object) -> bool:
    setattr(node, field, value)
    return True


def run(problem: Problem, limit: int, folder: Path) -> tuple[int, int, int, list[str]]:
    reference = load_reference(problem)
    examples_only = dataclasses.replace(reference, problem=dataclasses.replace(problem, cases=0))
    tree = ast.parse(solution_source(problem))  # what `trainer solution` shows
    killed_examples = killed_full = total = 0
    survivors = []
    for number, (label, mutated) in enumerate(mutants(tree)):
        if number >= limit:
            break
        path = folder / f"{problem.module_name}_{number}.py"
        path.write_text(ast.unparse(ast.fix_missing_locations(mutated)) + "\n")
        total += 1
        by_examples = grade(examples_only, path, seed_value=number, complexity=False)
        killed_examples += not by_examples.passed
        full = grade(reference, path, seed_value=number, complexity=False)
        killed_full += not full.passed
        if full.passed:
            survivors.append(f"{problem.slug} {label}")
    return total, killed_examples, killed_full, survivors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-per-problem", type=int, default=25)
    parser.add_argument("slugs", nargs="*")
    options = parser.parse_args()
    catalogue = load_catalogue(ROOT / "problems")
    problems = [p for slug, p in sorted(catalogue.problems.items())
                if not options.slugs or slug in options.slugs]
    totals = [0, 0, 0]
    all_survivors: list[str] = []
    started = time.perf_counter()
    print(f"{'problem':34} {'mutants':>7} {'examples only':>14} {'full grader':>12}")
    with tempfile.TemporaryDirectory() as scratch:
        for problem in problems:
            total, by_examples, full, survivors = run(problem, options.max_per_problem,
                                                      Path(scratch))
            for i, value in enumerate((total, by_examples, full)):
                totals[i] += value
            all_survivors += survivors
            print(f"{problem.slug:34} {total:>7} {_rate(by_examples, total):>14} "
                  f"{_rate(full, total):>12}", flush=True)
    total, by_examples, full = totals
    print(f"{'all':34} {total:>7} {_rate(by_examples, total):>14} {_rate(full, total):>12}")
    print(f"\n{len(all_survivors)} survivors (check by hand: equivalent, or a blind spot):")
    for line in all_survivors:
        print(f"  {line}")
    print(f"\n{time.perf_counter() - started:.0f} s")
    return 0


def _rate(killed: int, total: int) -> str:
    return f"{killed / total:.1%}" if total else "-"


if __name__ == "__main__":
    sys.exit(main())
