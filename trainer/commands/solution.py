"""`trainer solution`: the reference solution, once it can teach rather than spoil.

It opens after a pass; before that only on giving up, after GIVE_UP_AFTER failed
attempts. A give-up is recorded in the history's state as `revealed:<slug>` (the time),
so that the next pass is rated Hard.
"""

from __future__ import annotations

import ast
import json
from dataclasses import dataclass

import click

from trainer.commands.support import complete_slugs, handle_errors, workspace_catalogue
from trainer.errors import SpecError, TrainerError
from trainer.problems.spec import Problem
from trainer.workspace import Workspace

GIVE_UP_AFTER = 3
# What reference.py defines for the grader rather than as the solution.
GRADER_HOOKS = frozenset({"inputs", "sized", "check", "operations", "init", "precondition"})
TopLevel = ast.stmt


class SolutionLocked(TrainerError):
    """The solution stays hidden: not passed yet, and not given up on."""


def revealed_key(slug: str) -> str:
    return f"revealed:{slug}"


@dataclass(frozen=True)
class Reveal:
    source: str
    gave_up: bool  # True: shown before any pass, and recorded


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


def reveal(workspace: Workspace, problem: Problem, give_up: bool) -> Reveal:
    """The solution, if the history allows it; SolutionLocked saying what is left if not."""
    from trainer import clock
    from trainer.store.history import open_history

    source = solution_source(problem)
    with open_history(workspace) as history:
        summary = history.summaries().get(problem.slug, {"attempts": 0, "passes": 0})
        if summary["passes"]:
            return Reveal(source, gave_up=False)
        failed = summary["attempts"]
        left = GIVE_UP_AFTER - failed
        if not give_up:
            how = (f"give up with: trainer solution {problem.slug} --give-up" if left <= 0 else
                   f"after {left} more failed attempt{'s' * (left > 1)}, you may give up "
                   f"with --give-up")
            raise SolutionLocked(f"the solution of {problem.slug} opens once you pass it "
                                 f"(trainer grade {problem.slug}); or {how}")
        if left > 0:
            raise SolutionLocked(
                f"--give-up opens the solution after {GIVE_UP_AFTER} failed attempts; "
                f"{problem.slug} has {failed}: {left} more to go. A hint may be all you "
                f"need: trainer hint {problem.slug}")
        history.set_state(revealed_key(problem.slug), clock.now().isoformat())
    return Reveal(source, gave_up=True)


@click.command("solution")
@click.argument("slug", shell_complete=complete_slugs)
@click.option("--give-up", is_flag=True,
              help=f"Show it before passing (after {GIVE_UP_AFTER} failed attempts); "
                   "the next pass is then rated Hard, so it comes back sooner.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@handle_errors
def command(slug: str, give_up: bool, as_json: bool) -> None:
    """The reference solution of a problem: the entry function or class and the helpers
    it uses. Opens once you have passed the problem, or with --give-up after
    3 failed attempts."""
    workspace, catalogue = workspace_catalogue()
    problem = catalogue.get(slug)
    shown = reveal(workspace, problem, give_up)
    if as_json:
        click.echo(json.dumps({"slug": slug, "source": shown.source,
                               "gave_up": shown.gave_up}))
        return
    click.echo(f"# {problem.title} [{slug}]: the reference solution, "
               f"{problem.complexity.optimal}\n")
    click.echo(shown.source, nl=False)
    if shown.gave_up:
        click.echo(f"\nRecorded: your next pass of {slug} is rated Hard, so it comes back "
                   "for review sooner. Write it again from memory tomorrow.", err=True)
