"""Problem specs: `problems/<slug>/problem.yaml`, loaded safely and checked field by field.

Every error names the file and line. Unknown keys are errors, so a typo never silently
turns a rule off. YAML is read here and nowhere else.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from trainer.errors import SpecError
from trainer.problems.constraints import Constraint, ConstraintError, parse_constraint
from trainer.problems.entry import Entry
from trainer.problems.forbid import COMPARISONS, OPERATORS, Forbid
from trainer.problems.signature import Signature, SignatureError, parse_signature
from trainer.problems.vocabulary import DIFFICULTIES, JUDGES, REFERENCE_FILE, SLUG, SPEC_FILE


class _Mapping(dict[Any, Any]):
    """A YAML mapping that remembers the line of each key (1-based)."""

    line: int
    key_lines: dict[Any, int]


@cache
def _line_loader() -> type:
    """A safe loader whose mappings remember their lines. Built on first use, so that
    commands served from the catalogue cache never import yaml."""
    import yaml

    base: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    def construct_mapping(loader: Any, node: Any) -> _Mapping:
        loader.flatten_mapping(node)
        mapping = _Mapping()
        mapping.line = node.start_mark.line + 1
        mapping.key_lines = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            try:
                hash(key)
            except TypeError:
                raise yaml.constructor.ConstructorError(
                    None, None, "a mapping key must be a plain value", key_node.start_mark
                ) from None
            if key in mapping:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark)
            mapping[key] = loader.construct_object(value_node, deep=True)
            mapping.key_lines[key] = key_node.start_mark.line + 1
        return mapping

    def get_single_data(loader: Any) -> Any:
        node = loader.get_single_node()
        if node is None:
            return None
        _refuse_alias_bombs(node, yaml)
        return loader.construct_document(node)

    def construct_int(loader: Any, node: Any) -> int:
        try:
            return int(base.construct_yaml_int(loader, node))  # type: ignore[attr-defined]
        except ValueError:  # past Python's limit on the digits of an int read from text
            raise yaml.constructor.ConstructorError(
                None, None, f"a number of {len(str(node.value)):,} digits: more than Python "
                f"reads ({sys.get_int_max_str_digits():,}); use smaller numbers",
                node.start_mark) from None

    loader = type("LineLoader", (base,), {"get_single_data": get_single_data})
    loader.add_constructor("tag:yaml.org,2002:int", construct_int)  # type: ignore[attr-defined]
    loader.add_constructor(  # type: ignore[attr-defined]
        yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    return loader


MAX_SPEC_BYTES = 1024 * 1024  # a spec is a few kilobytes; far more is a mistake
MAX_EXPANDED_VALUES = 100_000  # what aliases (*name) may expand a document to


def _refuse_alias_bombs(root: Any, yaml: Any) -> None:
    """Aliases (*name) repeat a value without copying it, and a few nested ones make a
    document of billions of values that printing or judging would expand. Count the values
    as expanded; past MAX_EXPANDED_VALUES, the alias that goes over is an error."""
    expanded: dict[int, int] = {}
    seen: set[int] = set()
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if id(node) in expanded:
            continue
        children = node.value if isinstance(node.value, list) else []
        flat = [item for child in children
                for item in (child if isinstance(child, tuple) else (child,))]
        if not children_done:
            if id(node) in seen:
                continue  # a cycle: the constructor reports recursive aliases itself
            seen.add(id(node))
            stack.append((node, True))
            stack.extend((child, False) for child in flat if id(child) not in expanded)
            continue
        total = 1 + sum(expanded.get(id(child), 1) for child in flat)
        expanded[id(node)] = total
        # Without repeats a value expands to no more values than there are nodes.
        if total > MAX_EXPANDED_VALUES and total > len(seen):
            raise yaml.constructor.ConstructorError(
                None, None, f"expanded aliases (*name) make more than "
                f"{MAX_EXPANDED_VALUES:,} values here: write the value out, smaller",
                node.start_mark)


def load_yaml(path: Path) -> Any:
    """Safe YAML with line numbers on mappings; errors become SpecError(path, line)."""
    try:
        size = path.stat().st_size
        if size > MAX_SPEC_BYTES:
            raise SpecError(path, f"is {size / 1024 / 1024:.1f} MB; a problem.yaml is a few "
                            "kilobytes: keep large inputs out of it (generate them in "
                            "reference.py)")
        text = path.read_text(encoding="utf-8")
    except IsADirectoryError:
        raise SpecError(path, "is a folder, not a file: problem.yaml must be the spec file "
                        "itself (trainer new SLUG writes one)") from None
    except OSError as error:
        raise SpecError(path, f"cannot read: {error.strerror}") from None
    except UnicodeDecodeError:
        raise SpecError(path, "not UTF-8 text") from None
    import yaml

    try:
        return yaml.load(text, Loader=_line_loader())
    except yaml.MarkedYAMLError as error:
        # Where the construct began (an unclosed bracket) says more than where parsing gave up.
        mark = error.context_mark or error.problem_mark
        line = mark.line + 1 if mark else None
        detail = error.problem or error.context
        if error.context:
            detail = f"{error.problem} ({error.context})" if error.problem else error.context
        if "tab character" in str(detail) or "'\\t'" in str(detail):
            line = error.problem_mark.line + 1 if error.problem_mark else line
        raise SpecError(path, _plain_yaml_problem(str(detail), error), line) from None
    except yaml.YAMLError as error:
        raise SpecError(path, f"invalid YAML: {error}") from None


def _plain_yaml_problem(detail: str, error: Any) -> str:
    """The parser's complaint in an author's words, with what to do."""
    if "'!FILL'" in detail:
        return ("a placeholder is left: replace the !FILL value (the comment above it says "
                "what goes there)")
    if "tab character" in detail or "'\\t'" in detail:
        mark = error.problem_mark
        column = f" (column {mark.column + 1})" if mark else ""
        return (f"a tab character{column}: YAML indents with spaces only; replace the tab "
                "with spaces")
    if "could not determine a constructor for the tag" in detail:
        quoted = re.search(r"'([^']*)'", detail)
        tag = (quoted.group(1) if quoted else "").replace("tag:yaml.org,2002:", "!!")
        return (f"the tag {tag} is not allowed: a problem.yaml holds plain data only "
                "(text, numbers, lists, mappings); remove the tag")
    if detail.startswith(("expanded ", "a number of ")):
        return detail
    return f"invalid YAML: {detail}"


@dataclass(frozen=True)
class Example:
    input: dict[str, Any]  # for design problems: {"calls": [[name, {args}], ...]}
    output: Any
    explanation: str
    line: int


@dataclass(frozen=True)
class Complexity:
    optimal: str
    naive: str
    sizes: tuple[int, ...] = ()
    space: str | None = None  # the extra memory a solution may use: too_much_memory beyond


@dataclass(frozen=True)
class Problem(Entry):
    """The whole spec of a problem: its Entry's index fields and everything else."""

    tags: tuple[str, ...]
    statement: str
    examples: tuple[Example, ...]
    hints: tuple[str, ...]
    complexity: Complexity
    folder: Path
    signature: Signature | None = None  # function problems
    methods: dict[str, Signature] = field(default_factory=dict)  # design problems
    unordered_levels: tuple[int, ...] = ()
    rel_tol: float = 0.0
    abs_tol: float = 0.0
    in_place: str | None = None
    unchanged: tuple[str, ...] = ()  # arguments the solution must leave as they were
    same_nodes: bool = False
    forbid: Forbid = field(default_factory=Forbid)
    cases: int = 200  # generated inputs; call sequences for a design problem (default 100)
    call_seconds: float = 2.0
    memory_mb: int = 512
    constraints: tuple[Constraint, ...] = ()  # the statement's constraints, checkable

    @property
    def is_design(self) -> bool:
        return self.signature is None

    @property
    def spec_path(self) -> Path:
        return self.folder / SPEC_FILE

    @property
    def reference_path(self) -> Path:
        return self.folder / REFERENCE_FILE

    @property
    def module_name(self) -> str:
        return self.slug.replace("-", "_")

    def solutions_in(self, kind: str) -> list[Path]:
        """The author's accepted/, wrong/, slow/ or heavy/ solutions."""
        folder = self.folder / kind
        return sorted(folder.glob("*.py")) if folder.is_dir() else []


class _Fields:
    """Reads a mapping's keys, with the file and line for every complaint."""

    def __init__(self, data: _Mapping, path: Path, where: str = "") -> None:
        self.data = data
        self.path = path
        self.where = where
        self.used: set[str] = set()

    def line(self, key: str | None = None) -> int | None:
        if key is not None and key in getattr(self.data, "key_lines", {}):
            return int(self.data.key_lines[key])
        return getattr(self.data, "line", None)

    def fail(self, key: str | None, message: str) -> SpecError:
        label = f"{self.where}{key}: " if key else self.where
        return SpecError(self.path, f"{label}{message}", self.line(key))

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
        self.used.add(key)
        if key not in self.data:
            if default is ...:
                raise self.fail(None, f"missing required key {key!r}")
            return default
        value = self.data[key]
        if isinstance(value, bool) and kind in (int, float, (int, float)):
            raise self.fail(key, f"expected a number, got {value!r}")
        if not isinstance(value, kind):
            names = kind.__name__ if isinstance(kind, type) else " or ".join(
                k.__name__ for k in kind)
            raise self.fail(key, f"expected {_article(names)}, got {type(value).__name__}")
        return value

    def text(self, key: str) -> str:
        value = self.get(key, str)
        if not value.strip():
            raise self.fail(key, "must not be empty")
        return str(value)

    def strings(self, key: str, default: Any = ...) -> tuple[str, ...]:
        value = self.get(key, list, default)
        if value is None:
            return ()
        for item in value:
            if not isinstance(item, str) or not item.strip():
                raise self.fail(key, "expected a list of non-empty strings")
        return tuple(value)

    def choice(self, key: str, choices: tuple[str, ...]) -> str:
        self.used.add(key)
        value = self.data.get(key) if key in self.data else self.text(key)
        if not isinstance(value, str) or value not in choices:
            raise self.fail(key, f"expected one of {', '.join(choices)}, got {value!r}")
        return value

    def no_unknown_keys(self) -> None:
        for key in self.data:
            if key not in self.used:
                raise self.fail(key, "unknown key (a typo?)")


def _yaml_kind(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a line of text"
    return f"the value {value!r}"


def _article(name: str) -> str:
    return f"an {name}" if name[0] in "aeiou" else f"a {name}"


def load_problem(folder: Path) -> Problem:
    """Load and check `folder/problem.yaml`. Raises SpecError naming the file and line."""
    path = folder / SPEC_FILE
    if not path.exists():
        raise SpecError(path, "missing: every problem folder needs a problem.yaml")
    data = load_yaml(path)
    if data is None:
        raise SpecError(path, "the file is empty: a problem.yaml needs slug:, title:, topic:, "
                        "... (trainer new SLUG writes a commented scaffold to copy from)")
    if not isinstance(data, _Mapping):
        raise SpecError(path, "expected keys at the top (slug: ..., title: ..., and so on), "
                        f"found {_yaml_kind(data)}", 1)
    fields = _Fields(data, path)

    slug = fields.text("slug")
    if not SLUG.match(slug):
        raise fields.fail("slug", f"{slug!r} is not a slug (lowercase words joined by -)")
    if slug != folder.name:
        raise fields.fail("slug", f"{slug!r} does not match its folder name {folder.name!r}")
    judge = fields.choice("judge", JUDGES)
    entry = fields.text("entry")
    signature, methods = _read_signatures(fields, entry, judge)

    problem = Problem(
        slug=slug,
        title=fields.text("title"),
        topic=fields.text("topic"),
        difficulty=fields.choice("difficulty", DIFFICULTIES),
        tags=fields.strings("tags", ()),
        entry=entry,
        judge=judge,
        statement=fields.text("statement"),
        examples=(),
        hints=fields.strings("hints"),
        complexity=_read_complexity(fields),
        folder=folder,
        signature=signature,
        methods=methods,
        unordered_levels=_read_levels(fields, judge),
        in_place=_read_in_place(fields, signature),
        unchanged=_read_unchanged(fields, signature),
        same_nodes=bool(fields.get("same_nodes", bool, False)),
        forbid=_read_forbid(fields),
        cases=int(fields.get("cases", int, 100 if judge == "stateful" else 200)),
        **_read_tolerance(fields, judge),
        **_read_limits(fields),
        constraints=_read_constraints(fields, signature, methods),
    )
    examples = _read_examples(fields, problem)
    fields.no_unknown_keys()
    return _replace_examples(problem, examples)


def _replace_examples(problem: Problem, examples: tuple[Example, ...]) -> Problem:
    from dataclasses import replace

    return replace(problem, examples=examples)


def _read_signatures(
    fields: _Fields, entry: str, judge: str
) -> tuple[Signature | None, dict[str, Signature]]:
    if judge == "stateful":
        lines = fields.strings("methods")
        methods: dict[str, Signature] = {}
        for text in lines:
            try:
                method = parse_signature(text, method=True)
            except SignatureError as error:
                raise fields.fail("methods", f"{text!r}: {error}") from None
            methods[method.name] = method
        if "__init__" not in methods:
            raise fields.fail("methods", "a design problem lists its __init__ first")
        return None, methods
    if "methods" in fields.data:
        raise fields.fail("methods", "only design problems (judge: stateful) have methods")
    text = fields.text("signature")
    try:
        signature = parse_signature(text)
    except SignatureError as error:
        raise fields.fail("signature", str(error)) from None
    if signature.name != entry:
        raise fields.fail("signature", f"defines {signature.name!r} but entry is {entry!r}")
    return signature, {}


def _read_complexity(fields: _Fields) -> Complexity:
    data = fields.get("complexity", dict)
    sub = _Fields(data, fields.path, "complexity.")
    sizes = sub.get("sizes", list, [])
    if any(not isinstance(n, int) or isinstance(n, bool) or n < 1 for n in sizes):
        raise sub.fail("sizes", "expected a list of positive integers")
    if sizes and (len(sizes) < 3 or sizes != sorted(set(sizes))):
        raise sub.fail("sizes", "expected at least 3 sizes, strictly increasing")
    space = sub.get("space", str, None)
    if space is not None:
        from trainer.problems.bounds import BoundError, parse_bound

        try:
            parse_bound(space)
        except BoundError as error:
            raise sub.fail("space", str(error)) from None
    complexity = Complexity(sub.text("optimal"), sub.text("naive"), tuple(sizes), space)
    sub.no_unknown_keys()
    return complexity


def _read_constraints(fields: _Fields, signature: Signature | None,
                      methods: dict[str, Signature]) -> tuple[Constraint, ...]:
    """`constraints:`, a list of expressions over the argument names (constraints.py)."""
    texts = fields.strings("constraints", ())
    known = set(signature.param_names if signature is not None else ())
    for method in methods.values():
        known |= set(method.param_names)
    first = fields.line("constraints")
    parsed = []
    for index, text in enumerate(texts):
        line = first + 1 + index if first is not None else None  # one item a line
        try:
            parsed.append(parse_constraint(text, known, line))
        except ConstraintError as error:
            raise SpecError(fields.path, f"constraints[{index + 1}]: {error}", line) from None
    return tuple(parsed)


def _read_levels(fields: _Fields, judge: str) -> tuple[int, ...]:
    if judge != "unordered":
        if "unordered_levels" in fields.data:
            raise fields.fail("unordered_levels", "only for judge: unordered")
        return ()
    levels = fields.get("unordered_levels", list)
    if not levels or any(not isinstance(n, int) or n < 0 for n in levels):
        raise fields.fail("unordered_levels", "expected a list of nesting depths (0 = outermost)")
    return tuple(sorted(set(levels)))


def _read_tolerance(fields: _Fields, judge: str) -> dict[str, Any]:
    if judge != "float":
        if "tolerance" in fields.data:
            raise fields.fail("tolerance", "only for judge: float")
        return {}
    data = fields.get("tolerance", dict)
    sub = _Fields(data, fields.path, "tolerance.")
    rel = float(sub.get("rel", (int, float), 0.0))
    absolute = float(sub.get("abs", (int, float), 0.0))
    sub.no_unknown_keys()
    if rel < 0 or absolute < 0 or rel == absolute == 0:
        raise fields.fail("tolerance", "give rel and/or abs, non-negative, not both zero")
    return {"rel_tol": rel, "abs_tol": absolute}


def _read_limits(fields: _Fields) -> dict[str, Any]:
    data = fields.get("limits", dict, None)
    if data is None:
        return {}
    sub = _Fields(data, fields.path, "limits.")
    out = {
        "call_seconds": float(sub.get("call_seconds", (int, float), Problem.call_seconds)),
        "memory_mb": int(sub.get("memory_mb", int, Problem.memory_mb)),
    }
    sub.no_unknown_keys()
    if not 0 < out["call_seconds"] <= 60 or not 64 <= out["memory_mb"] <= 8192:
        raise fields.fail("limits", "call_seconds in (0, 60], memory_mb in [64, 8192]")
    return out


def _read_in_place(fields: _Fields, signature: Signature | None) -> str | None:
    name = fields.get("in_place", str, None)
    if name is None:
        return None
    if signature is None or name not in signature.param_names:
        raise fields.fail("in_place", f"{name!r} is not a parameter of the entry point")
    if signature.returns.name != "None":
        raise fields.fail("in_place", "an in-place function returns None (-> None)")
    return str(name)


def _read_unchanged(fields: _Fields, signature: Signature | None) -> tuple[str, ...]:
    names = fields.strings("unchanged", ())
    for name in names:
        if signature is None or name not in signature.param_names:
            raise fields.fail("unchanged", f"{name!r} is not a parameter of the entry point")
    return names


def _read_forbid(fields: _Fields) -> Forbid:
    data = fields.get("forbid", dict, None)
    if data is None:
        return Forbid()
    sub = _Fields(data, fields.path, "forbid.")
    forbid = Forbid(
        names=sub.strings("names", ()),
        attributes=sub.strings("attributes", ()),
        modules=sub.strings("modules", ()),
        operators=sub.strings("operators", ()),
    )
    sub.no_unknown_keys()
    known = [*OPERATORS, *COMPARISONS]
    for op in forbid.operators:
        if op not in known:
            raise sub.fail("operators", f"unknown operator {op!r}; known: {', '.join(known)}")
    return forbid


def _read_examples(fields: _Fields, problem: Problem) -> tuple[Example, ...]:
    items = fields.get("examples", list)
    if len(items) < 1:
        raise fields.fail("examples", "give at least one example")
    examples = []
    for number, item in enumerate(items, 1):
        if not isinstance(item, _Mapping):
            raise fields.fail("examples", f"example {number} is not a mapping")
        sub = _Fields(item, fields.path, f"examples[{number}].")
        if problem.is_design:
            calls = _read_calls(sub, problem)
            output = sub.get("output", list)
            if len(output) != len(calls):
                raise sub.fail("output", f"expected {len(calls)} results, one per call")
            example_input: dict[str, Any] = {"calls": calls}
        else:
            example_input = dict(sub.get("input", dict))
            assert problem.signature is not None
            names = problem.signature.param_names
            if set(example_input) != set(names):
                raise sub.fail("input", f"expected exactly the arguments {', '.join(names)}")
            example_input = {name: example_input[name] for name in names}
            if "output" not in item:
                raise sub.fail(None, "missing required key 'output'")
            output = sub.get("output", object)
        explanation = sub.text("explanation")
        sub.no_unknown_keys()
        examples.append(Example(example_input, output, explanation, item.line))
    return tuple(examples)


def _read_calls(sub: _Fields, problem: Problem) -> list[list[Any]]:
    """`calls: [[MinStack], [push, 3], [get_min]]` -> [[name, {param: value}], ...]."""
    raw = sub.get("calls", list)
    calls: list[list[Any]] = []
    for index, call in enumerate(raw):
        if not isinstance(call, list) or not call or not isinstance(call[0], str):
            raise sub.fail("calls", f"call {index + 1} is not [method, arg, ...]")
        name, args = call[0], call[1:]
        if index == 0 and name != problem.entry:
            raise sub.fail("calls", f"the first call constructs {problem.entry}")
        if name == problem.entry:  # later on: another instance (a round trip's other end)
            name = "__init__"
        elif name not in problem.methods or name == "__init__":
            raise sub.fail("calls", f"call {index + 1}: {name!r} is not a method")
        params = problem.methods[name].param_names
        if len(args) != len(params):
            raise sub.fail("calls", f"call {index + 1}: {name} takes {len(params)} arguments")
        calls.append([name, dict(zip(params, args, strict=True))])
    return calls
