"""An input the learner writes: parsed, checked against the signature and the constraints.

    parse_input(problem, "nums=[2, 7, 11, 15], target=9")    -> {"nums": [...], "target": 9}
    parse_input(design, '[["LRUCache", 2], ["put", 1, 1]]')  -> [["__init__", {...}], ...]

The values are Python literals (`None` for a missing tree node), plain data exactly as in
the examples: a linked list or a tree is written as a list. `check_input` raises
InputError (exit 2) when an input does not fit the signature's types or falls outside the
problem's constraints; nothing of it is run here.
"""

from __future__ import annotations

import ast
from typing import Any

from trainer.errors import TrainerError
from trainer.problems.calls import links
from trainer.problems.constraints import violated
from trainer.problems.signature import Signature, Type
from trainer.problems.spec import Problem


class InputError(TrainerError):
    """An input that cannot be run: unreadable, mistyped, or outside the constraints."""


def parse_input(problem: Problem, text: str) -> Any:
    """Keyword arguments for a function problem, a list of calls for a design problem."""
    text = text.strip()
    if not text:
        raise InputError("the input is empty")
    parsed = _design_calls(problem, text) if problem.is_design else _keywords(problem, text)
    check_input(problem, parsed)
    return parsed


def _keywords(problem: Problem, text: str) -> dict[str, Any]:
    signature = problem.signature
    assert signature is not None
    names = signature.param_names
    example = ", ".join(f"{name}=..." for name in names)
    try:
        call = ast.parse(f"_({text})", mode="eval").body
    except SyntaxError:
        raise InputError(f"cannot read the input {text!r}: write Python literals as keyword "
                         f"arguments, {example}") from None
    assert isinstance(call, ast.Call)
    if call.args or any(keyword.arg is None for keyword in call.keywords):
        raise InputError(f"name every argument: {example}")
    args: dict[str, Any] = {}
    for keyword in call.keywords:
        assert keyword.arg is not None
        if keyword.arg in args:
            raise InputError(f"{keyword.arg} is given twice")
        args[keyword.arg] = _literal(keyword.value, keyword.arg)
    if set(args) != set(names):
        missing, extra = set(names) - set(args), set(args) - set(names)
        detail = "; ".join(filter(None, [
            f"missing {', '.join(sorted(missing))}" if missing else "",
            f"unknown {', '.join(sorted(extra))}" if extra else ""]))
        raise InputError(f"{problem.entry} takes {', '.join(names)} ({detail})")
    return {name: args[name] for name in names}


def _design_calls(problem: Problem, text: str) -> list[list[Any]]:
    shape = f'[["{problem.entry}", ...], ["method", arg, ...], ...]'
    try:
        raw = _literal(ast.parse(text, mode="eval").body, "the calls")
    except SyntaxError:
        raise InputError(f"cannot read the calls {text!r}: write a list of calls, "
                         f"{shape}") from None
    if not isinstance(raw, list) or not raw:
        raise InputError(f"expected a list of calls, {shape}")
    calls: list[list[Any]] = []
    for index, call in enumerate(raw):
        if not isinstance(call, (list, tuple)) or not call or not isinstance(call[0], str):
            raise InputError(f"call {index + 1} is not [method, arg, ...]: {shape}")
        name, values = call[0], list(call[1:])
        if index == 0 and name != problem.entry:
            raise InputError(f"the first call constructs {problem.entry}: {shape}")
        if name == problem.entry:  # later on: another instance
            name = "__init__"
        elif name not in problem.methods or name == "__init__":
            known = ", ".join(m for m in problem.methods if m != "__init__")
            raise InputError(f"call {index + 1}: {name!r} is not a method ({known})")
        params = problem.methods[name].param_names
        if len(values) != len(params):
            raise InputError(f"call {index + 1}: {name} takes {len(params)} argument"
                             f"{'s' if len(params) != 1 else ''} ({', '.join(params)})")
        calls.append([name, dict(zip(params, values, strict=True))])
    return calls


def _literal(node: ast.expr, what: str) -> Any:
    try:
        value = ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        raise InputError(f"{what}: {ast.unparse(node)[:80]} is not a Python literal") from None
    return _plain(value)


def _plain(value: Any) -> Any:
    """Tuples as lists, as in JSON; the rest as it is."""
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def check_input(problem: Problem, parsed: Any) -> None:
    """InputError unless every argument has its declared type and the constraints hold."""
    if problem.is_design:
        init = parsed[0][1]  # the constructor's arguments stay in scope for every call
        for index, (name, args) in enumerate(parsed):
            shown = problem.entry if name == "__init__" else name
            _check_args(problem, problem.methods[name], args, f"call {index + 1}, {shown}: ",
                        init)
    else:
        assert problem.signature is not None
        _check_args(problem, problem.signature, parsed, "")


def _check_args(problem: Problem, signature: Signature, args: dict[str, Any],
                where: str, init: dict[str, Any] | None = None) -> None:
    constructor = init is args
    # An argument that is an earlier call's answer is known only when that call returns.
    args = {name: value for name, value in args.items() if name not in links(args)}
    for param in signature.params:
        if param.name not in args:
            continue
        why = mistyped(args[param.name], param.type)
        if why:
            raise InputError(f"{where}{param.name} must be {param.type}: {why}")
    constraints = problem.constraints
    if init is not None and not constructor:  # only those that read this call's arguments
        constraints = tuple(c for c in constraints if c.names & args.keys())
    broken = violated(constraints, {**(init or {}), **args})
    if broken:
        raise InputError(f"{where}the input is outside the problem's constraints: "
                         f"{broken[0].text} does not hold")


def mistyped(value: Any, type_: Type, depth: int = 0) -> str | None:
    """None when plain data can stand for the declared type, else what is wrong."""
    name = type_.name
    if depth > 50:
        return "nested too deeply"
    if name in ("Any", "object"):
        return None
    if name == "union":
        if any(mistyped(value, member, depth) is None for member in type_.args):
            return None
        return f"got {_shown(value)}"
    if name == "None":
        return None if value is None else f"got {_shown(value)}"
    if name == "float":
        ok = type(value) in (int, float)
    elif name in ("int", "bool", "str"):
        ok = type(value).__name__ == name
    elif name == "ListNode":
        values = value
        if isinstance(value, dict) and set(value) <= {"values", "cycle_to"}:
            values = value.get("values")
        ok = isinstance(values, list) and all(type(item) is int for item in values)
    elif name == "TreeNode":
        ok = isinstance(value, list) and all(item is None or type(item) is int
                                             for item in value)
        ok = ok and (not value or value[0] is not None)
    elif name in ("list", "set"):
        if name == "set" and isinstance(value, set):
            value = list(value)
        if not isinstance(value, list):
            return f"expected a list, got {_shown(value)}"
        for item in value:
            why = mistyped(item, type_.args[0], depth + 1) if type_.args else None
            if why:
                return why
        return None
    elif name == "tuple":
        if not isinstance(value, list) or len(value) != len(type_.args):
            return f"expected {len(type_.args)} items, got {_shown(value)}"
        for item, arg in zip(value, type_.args, strict=True):
            why = mistyped(item, arg, depth + 1)
            if why:
                return why
        return None
    elif name == "dict":
        ok = isinstance(value, dict)
    else:
        ok = True
    return None if ok else f"got {_shown(value)}"


def _shown(value: Any) -> str:
    """A value as an error shows it: its repr, cut at 40 characters (made only for an
    error: a repr at every level of a large input costs more than the check)."""
    shown = repr(value)
    return shown if len(shown) <= 40 else shown[:37] + "..."
