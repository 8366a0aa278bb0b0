"""Signatures from the catalogue, parsed once: parameter names and the types that cross.

A type here is a small tree (`Type`) built from an annotation such as `list[list[int]]`
or `ListNode | None`. It decides how a value is built in the worker (a list becomes a
ListNode) and whether a returned value has the declared shape (a tuple is not a list).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import cached_property

SCALAR_ANNOTATIONS = ("int", "float", "str", "bool", "None", "Any", "object")
CONTAINERS = ("list", "dict", "set", "tuple")
NODES = ("ListNode", "TreeNode")


@dataclass(frozen=True)
class Type:
    name: str  # a scalar, a container, a node type, or "union"
    args: tuple[Type, ...] = ()

    def __str__(self) -> str:
        if self.name == "union":
            return " | ".join(map(str, self.args))
        if self.args:
            return f"{self.name}[{', '.join(map(str, self.args))}]"
        return self.name

    @property
    def node(self) -> str | None:
        """ListNode or TreeNode when the value is (optionally) such a node."""
        if self.name in NODES:
            return self.name
        if self.name == "union":
            nodes = {arg.node for arg in self.args} - {None}
            return nodes.pop() if len(nodes) == 1 else None
        return None

    @cached_property
    def mentions_nodes(self) -> frozenset[str]:
        """The node types anywhere in this type (asked for every argument built)."""
        found = {self.name} & set(NODES)
        for arg in self.args:
            found |= arg.mentions_nodes
        return frozenset(found)


@dataclass(frozen=True)
class Param:
    name: str
    type: Type


@dataclass(frozen=True)
class Signature:
    name: str
    params: tuple[Param, ...]
    returns: Type
    source: str

    @property
    def param_names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.params)

    @property
    def nodes(self) -> set[str]:
        found = set(self.returns.mentions_nodes)
        for param in self.params:
            found |= param.type.mentions_nodes
        return found

    @cached_property
    def plain_params(self) -> bool:
        """Whether every argument is used as plain data (no linked list or tree to build)."""
        return not any(param.type.mentions_nodes for param in self.params)


class SignatureError(ValueError):
    pass


def parse_signature(source: str, *, method: bool = False) -> Signature:
    """Parse `def name(a: T, ...) -> R`; for a method, the leading `self` is dropped."""
    try:
        tree = ast.parse(source.strip() + ": ...")
    except SyntaxError as error:
        raise SignatureError(f"not a Python def line: {error.msg}") from None
    func = tree.body[0] if len(tree.body) == 1 else None
    if not isinstance(func, ast.FunctionDef):
        raise SignatureError("expected exactly one `def name(...) -> type` line")
    arguments = func.args
    if arguments.vararg or arguments.kwarg or arguments.kwonlyargs or arguments.defaults:
        raise SignatureError("only plain positional parameters are supported")
    params = list(arguments.posonlyargs) + list(arguments.args)
    if method:
        if not params or params[0].arg != "self":
            raise SignatureError("a method's first parameter must be self")
        params = params[1:]
    parsed = []
    for param in params:
        if param.annotation is None:
            raise SignatureError(f"parameter {param.arg} has no type annotation")
        parsed.append(Param(param.arg, _type(param.annotation)))
    if func.returns is None:
        raise SignatureError("the return type is missing (`-> type`)")
    return Signature(func.name, tuple(parsed), _type(func.returns), source.strip())


def _type(node: ast.expr) -> Type:
    if isinstance(node, ast.Constant) and node.value is None:
        return Type("None")
    if isinstance(node, ast.Name):
        if node.id in SCALAR_ANNOTATIONS or node.id in NODES:
            return Type(node.id)
        if node.id in CONTAINERS:
            return Type(node.id, (Type("Any"),))
        raise SignatureError(f"unsupported type {node.id!r}")
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        members: list[Type] = []
        for side in (_type(node.left), _type(node.right)):
            members.extend(side.args if side.name == "union" else (side,))
        return Type("union", tuple(members))
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        if node.value.id not in CONTAINERS:
            raise SignatureError(f"unsupported generic {node.value.id!r}")
        inner = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        return Type(node.value.id, tuple(_type(item) for item in inner))
    raise SignatureError(f"unsupported annotation {ast.unparse(node)!r}")
