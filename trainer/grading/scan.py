"""Static checks on a solution's source: it compiles, defines the entry, avoids what is banned.

Runs in the grader on the text of the file, never importing it.
"""

from __future__ import annotations

import ast
import symtable
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
    "+": ast.Add,  # binary and `+=`; a unary minus (-1) stays a number
    "-": ast.Sub,
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
    """Each use of a banned builtin, attribute, module or operator, in line order.

    A banned name is a use of the builtin only where it refers to the builtin: a local
    variable, parameter, attribute or function of the solution that has the same name is
    not (`sorted = [0] * n` is a list of the learner's). An alias of the builtin is a use
    (`s = sorted`), and so are `builtins.sorted`, `getattr(builtins, "sorted")`,
    `from builtins import sorted`, and `from math import pow` where `.pow` is banned."""
    if not forbid:
        return []
    tree = ast.parse(source)
    findings = [Finding(line, f"{name} is not allowed in this problem")
                for line, name in _builtin_uses(source, tree, set(forbid.names))]
    own_attributes = _own_attributes(tree)
    builtin_modules = {"__builtins__"} | {
        alias.asname or alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
        for alias in node.names if alias.name == "builtins"}
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 1)
        if isinstance(node, ast.Attribute):
            if isinstance(node.ctx, ast.Load) and node.attr in forbid.attributes and not (
                    node.attr in own_attributes and isinstance(node.value, ast.Name)
                    and node.value.id in ("self", "cls")):
                findings.append(Finding(line, f".{node.attr} is not allowed in this problem"))
            elif (node.attr in forbid.names and isinstance(node.value, ast.Name)
                  and node.value.id in builtin_modules):
                findings.append(Finding(line, f"{node.attr} is not allowed in this problem"))
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            modules = [alias.name for alias in node.names] if isinstance(node, ast.Import) \
                else [node.module or ""]
            for module in modules:
                if module.split(".")[0] in forbid.modules:
                    findings.append(Finding(line, f"importing {module} is not allowed here"))
            if isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    if alias.name in forbid.attributes or (
                            alias.name in forbid.names and node.module == "builtins"):
                        findings.append(Finding(line, f"{alias.name} is not allowed here"))
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
        elif (isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant)
              and node.slice.value in forbid.names):
            findings.append(Finding(line, f"{node.slice.value!r} is not allowed here"))
    return sorted(set(findings), key=lambda finding: (finding.line, finding.message))


# -- which names refer to the builtin -------------------------------------------------------
ScopeKey = tuple[str, str, int]
COMPREHENSIONS = {ast.ListComp: "listcomp", ast.SetComp: "setcomp", ast.DictComp: "dictcomp",
                  ast.GeneratorExp: "genexpr"}


def _builtin_uses(source: str, tree: ast.Module, banned: set[str]) -> list[tuple[int, str]]:
    """(line, name) of each reference to a banned builtin, found with the compiler's own
    scopes (symtable): a name bound in a function, or in an enclosing one, is the
    solution's. At module level (and in class bodies, which look names up the same way)
    a name is the solution's only after a top-level statement binds it, and never after
    a `del` of it, since until then the lookup falls through to the builtins."""
    if not banned:
        return []
    module_bound = _module_bindings(tree, banned)
    table = symtable.symtable(source, "<solution>", "exec")
    builtin_in: dict[ScopeKey, set[str]] = {}

    def visit(scope: symtable.SymbolTable) -> None:
        key = (scope.get_type(), scope.get_name(), scope.get_lineno())
        kind = scope.get_type()
        for symbol in scope.get_symbols():
            name = symbol.get_name()
            if name not in banned or not symbol.is_referenced():
                continue
            if kind == "function" and (symbol.is_local() or symbol.is_free()):
                continue  # the function's own variable, or an enclosing function's
            builtin_in.setdefault(key, set()).add(name)
        for child in scope.get_children():
            visit(child)

    visit(table)
    uses: list[tuple[int, str]] = []

    def walk(node: ast.AST, key: ScopeKey, top_level: bool) -> None:
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) \
                and node.id in builtin_in.get(key, ()):
            bound_at = module_bound.get(node.id)
            if bound_at is None or (top_level and node.lineno <= bound_at):
                uses.append((node.lineno, node.id))
            return
        inner = _scope_of(node)
        if inner is None:
            children = [node.target, *([node.value] if node.value else [])] \
                if isinstance(node, ast.AnnAssign) else ast.iter_child_nodes(node)
            for child in children:
                walk(child, key, top_level)
            return
        outside, inside = _split_scope(node)
        for child in outside:
            walk(child, key, top_level)
        for child in inside:
            walk(child, inner, inner[0] == "class" and top_level)

    for statement in tree.body:
        walk(statement, ("module", "top", 0), True)
    return uses


def _scope_of(node: ast.AST) -> ScopeKey | None:
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return ("function", node.name, node.lineno)
    if isinstance(node, ast.Lambda):
        return ("function", "lambda", node.lineno)
    if isinstance(node, ast.ClassDef):
        return ("class", node.name, node.lineno)
    if isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
        return ("function", COMPREHENSIONS[type(node)], node.lineno)
    return None


def _split_scope(node: ast.AST) -> tuple[list[ast.AST], list[ast.AST]]:
    """The parts of a scope-making node evaluated outside it, and those inside it."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
        arguments = node.args
        outside: list[ast.AST] = [*arguments.defaults,
                                  *[d for d in arguments.kw_defaults if d is not None]]
        if not isinstance(node, ast.Lambda):
            # annotations are left out: `d: int` names a type, it converts nothing
            outside += node.decorator_list
            return outside, list(node.body)
        return outside, [node.body]
    if isinstance(node, ast.ClassDef):
        return [*node.decorator_list, *node.bases, *node.keywords], list(node.body)
    generators = node.generators  # type: ignore[attr-defined]
    first, *rest = generators
    inside: list[ast.AST] = [first.target, *first.ifs, *rest]
    if isinstance(node, ast.DictComp):
        inside += [node.key, node.value]
    else:
        inside.append(node.elt)  # type: ignore[attr-defined]
    return [first.iter], inside


def _module_bindings(tree: ast.Module, names: set[str]) -> dict[str, int]:
    """The line of the first top-level statement that surely binds each name, for names
    that the module never deletes."""
    deleted = {target.id for node in ast.walk(tree) if isinstance(node, ast.Delete)
               for target in node.targets if isinstance(target, ast.Name)}
    bound: dict[str, int] = {}
    for statement in tree.body:
        found: list[str] = []
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            found = [statement.name]
        elif isinstance(statement, (ast.Import, ast.ImportFrom)):
            found = [(alias.asname or alias.name).split(".")[0] for alias in statement.names]
        elif isinstance(statement, ast.Assign):
            found = [n.id for target in statement.targets for n in ast.walk(target)
                     if isinstance(n, ast.Name)]
        elif isinstance(statement, ast.AnnAssign) and statement.value is not None \
                and isinstance(statement.target, ast.Name):
            found = [statement.target.id]
        for name in found:
            if name in names and name not in deleted:
                bound.setdefault(name, statement.lineno)
    return bound


def _own_attributes(tree: ast.Module) -> set[str]:
    """Attribute names the solution defines itself: its classes' methods and the
    attributes it assigns (`self.count = 0`)."""
    names = {item.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
             for item in node.body if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef))}
    names |= {node.attr for node in ast.walk(tree)
              if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store)}
    return names


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None
