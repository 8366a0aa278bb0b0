"""Values across the process boundary: typed, tagged JSON.

A solution's answer crosses from the worker to the grader as data, never as a live object,
so an object whose __eq__ always says yes is just an "object" here. Plain JSON keeps
None, bool, int, float and str apart; everything else is a tagged object:

    {"$": "tuple", "items": [...]}        {"$": "set", "items": [...]}
    {"$": "dict", "items": [[k, v], ...]} {"$": "ListNode", "values": [...], "nodes": [...]}
    {"$": "TreeNode", "values": [...]}    {"$": "object", "type": "generator", "repr": "..."}
    {"$": "seq", "type": "dict_values", "items": [...]}   (views, deque, range: sequences)

This module is imported by the worker: it stays small and imports nothing heavy.
"""

from __future__ import annotations

import math
from collections import deque
from typing import Any

from trainer.problems.signature import Signature, Type
from trainer.problems.structures import (
    ListNode,
    StructureError,
    TreeNode,
    build_list,
    build_tree,
    tree_to_list,
    walk_list,
)

MAX_ITEMS = 5_000_000  # elements in one answer; past that it is not an answer
MAX_DEPTH = 60
MAX_INT_BITS = 13_000  # about 3,900 digits: within Python's int/str conversion limit
# Lists of these exact types are encoded, checked and compared in one step each (C loops),
# not element by element: answers and inputs of 10^5 elements are common.
SCALAR_TYPES = frozenset({int, str, bool, type(None)})
SCALAR_NAMES = {"int": int, "bool": bool, "str": str}
# Sequences other than list and tuple that cross with their items: a learner's
# `return groups.values()` is a sequence of the right values.
SEQUENCES: tuple[type, ...] = (type({}.keys()), type({}.values()), type({}.items()), deque, range)


class EncodeError(ValueError):
    pass


class NodeRegistry:
    """Remembers the nodes built for an input, so an answer can say which it reused."""

    def __init__(self) -> None:
        self.index: dict[int, int] = {}
        self.keep: list[object] = []  # keeps ids stable while the call runs

    def add(self, node: object) -> None:
        self.index[id(node)] = len(self.keep)
        self.keep.append(node)


def registry_for(signature: Signature, in_place: str | None) -> NodeRegistry | None:
    """A registry of the input's nodes when the answer can hold nodes (to tell the reused
    ones from new ones); None otherwise, which spares registering every node."""
    if in_place is not None or signature.returns.mentions_nodes:
        return NodeRegistry()
    return None


def materialize(value: Any, type_: Type, registry: NodeRegistry | None = None) -> Any:
    """Plain data -> the declared type: lists become ListNode or TreeNode where declared."""
    node = type_.node
    if node == "ListNode" and isinstance(value, dict) and "values" in value:
        return _cyclic_list(value["values"], value.get("cycle_to"), registry)
    if node == "ListNode" and isinstance(value, list):
        return _cyclic_list(value, None, registry)
    if node == "TreeNode" and isinstance(value, list):
        root = build_tree(value)
        if registry is not None:
            _register_tree(root, registry)
        return root
    if type_.name == "list" and type_.args and type_.args[0].mentions_nodes and value:
        return [materialize(item, type_.args[0], registry) for item in value]
    return value


def _cyclic_list(values: list[Any], cycle_to: int | None,
                 registry: NodeRegistry | None) -> ListNode | None:
    """A list whose tail links back to node `cycle_to` (None: no cycle)."""
    head = build_list(values)
    nodes = []
    walker = head
    while walker is not None:
        nodes.append(walker)
        if registry is not None:
            registry.add(walker)
        walker = walker.next
    if cycle_to is not None and nodes:
        nodes[-1].next = nodes[cycle_to]
    return head


def _register_tree(root: TreeNode | None, registry: NodeRegistry) -> None:
    stack = [root]
    while stack:
        node = stack.pop()
        if node is not None:
            registry.add(node)
            stack.extend((node.left, node.right))


def encode(value: Any, registry: NodeRegistry | None = None, *, cap: int = MAX_ITEMS) -> Any:
    """Any Python value -> tagged JSON data. Raises EncodeError when it is too big."""
    budget = [cap]
    return _encode(value, registry, budget, 0, set())


def _encode(value: Any, registry: NodeRegistry | None, budget: list[int], depth: int,
            active: set[int]) -> Any:
    budget[0] -= 1
    if budget[0] < 0:
        raise EncodeError(f"the answer has more than {MAX_ITEMS:,} elements")
    if depth > MAX_DEPTH:
        raise EncodeError(f"the answer is nested more than {MAX_DEPTH} levels deep")
    if value is None or type(value) in (bool, str):
        return value
    if type(value) is list and _plain_scalars(value):
        budget[0] -= len(value)
        if budget[0] < 0:
            raise EncodeError(f"the answer has more than {MAX_ITEMS:,} elements")
        return list(value)
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        number = int(value)
        if number.bit_length() > MAX_INT_BITS:
            return {"$": "object", "type": "int",
                    "repr": f"<an int of about {int(number.bit_length() * 0.30103):,} digits>"}
        return number
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, ListNode):
        values, cyclic = walk_list(value, cap=budget[0])
        if cyclic:
            return {"$": "object", "type": "ListNode",
                    "repr": f"<a linked list with a cycle after {len(values)} nodes>"}
        nodes: list[int] = []
        if registry is not None:
            walker: ListNode | None = value
            while walker is not None:
                nodes.append(registry.index.get(id(walker), -1))
                walker = walker.next
        budget[0] -= len(values)
        items = [_encode(item, registry, budget, depth + 1, active) for item in values]
        return {"$": "ListNode", "values": items, "nodes": nodes}
    if isinstance(value, TreeNode):
        try:
            level_order = tree_to_list(value, cap=max(budget[0], 0))
        except StructureError as error:
            return {"$": "object", "type": "TreeNode", "repr": f"<{error}>"}
        budget[0] -= len(level_order)
        items = [_encode(item, registry, budget, depth + 1, active) for item in level_order]
        return {"$": "TreeNode", "values": items}
    if isinstance(value, (list, tuple, set, frozenset, dict, *SEQUENCES)):
        if id(value) in active:
            raise EncodeError("the answer contains itself")
        active.add(id(value))
        try:
            return _encode_container(value, registry, budget, depth, active)
        finally:
            active.discard(id(value))
    return {"$": "object", "type": type(value).__name__, "repr": _safe_repr(value)}


def _plain_scalars(items: list[Any]) -> bool:
    """Whether every item is an int of a sane size, a str, a bool or None."""
    kinds = set(map(type, items))
    if not kinds <= SCALAR_TYPES:
        return False
    if int not in kinds:
        return True
    numbers = [item for item in items if type(item) is int] if len(kinds) > 1 else items
    return max(-min(numbers), max(numbers)).bit_length() <= MAX_INT_BITS


def _encode_container(value: Any, registry: NodeRegistry | None, budget: list[int],
                      depth: int, active: set[int]) -> Any:
    def each(items: Any) -> list[Any]:
        return [_encode(item, registry, budget, depth + 1, active) for item in items]

    if isinstance(value, list):
        return each(list.__iter__(value))
    if isinstance(value, tuple):
        return {"$": "tuple", "items": each(tuple.__iter__(value))}
    if isinstance(value, (set, frozenset)):
        return {"$": "set", "items": sorted(each(value), key=sort_key)}
    if isinstance(value, SEQUENCES):
        return {"$": "seq", "type": type(value).__name__, "items": each(value)}
    pairs = [[_encode(k, registry, budget, depth + 1, active),
              _encode(v, registry, budget, depth + 1, active)] for k, v in dict.items(value)]
    return {"$": "dict", "items": sorted(pairs, key=sort_key)}


def _safe_repr(value: object) -> str:
    try:
        text = repr(value)
    except Exception:
        return f"<{type(value).__name__} object>"
    return text if len(text) <= 200 else text[:200] + "..."


def sort_key(value: Any) -> str:
    """A total order over encoded values, for sets and unordered comparison. Any
    consistent order serves; repr is several times quicker than a JSON dump, which
    matters for answers of thousands of lists."""
    return repr(value)


def strict_equal(a: Any, b: Any) -> bool:
    """Equality that keeps types apart: True is not 1, 1.0 is not 1, a tuple is not a list."""
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        if len(a) != len(b):
            return False
        flat = set(map(type, a)) <= SCALAR_TYPES
        if a == b and flat and list(map(type, a)) == list(map(type, b)):
            return True  # equal, item types too, and nothing nested to look into
        return all(strict_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(strict_equal(a[k], b[k]) for k in a)
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b)


def decode(value: Any) -> Any:
    """Tagged JSON -> plain Python: tuples stay tuples; lists and trees become list forms."""
    if isinstance(value, list):
        return [decode(item) for item in value]
    if not isinstance(value, dict):
        return value
    tag = value.get("$")
    if tag == "tuple":
        return tuple(decode(item) for item in value["items"])
    if tag == "set":
        return {decode(item) for item in value["items"]}
    if tag == "seq":
        return [decode(item) for item in value["items"]]
    if tag == "dict":
        return {decode(k): decode(v) for k, v in value["items"]}
    if tag in ("ListNode", "TreeNode"):
        return [decode(item) for item in value["values"]]
    return Opaque(value.get("type", "object"), value.get("repr", ""))


class Opaque:
    """A value that crossed as an object: equal to nothing, shown by its repr."""

    def __init__(self, type_name: str, text: str) -> None:
        self.type_name = type_name
        self.text = text

    def __eq__(self, other: object) -> bool:
        return False

    __hash__ = object.__hash__

    def __repr__(self) -> str:
        return self.text


def render(value: Any, limit: int = 300) -> str:
    """An encoded value as a person reads it: Python literals, lists as 1 -> 2 -> 3."""
    text = _render(value)
    return text if len(text) <= limit else text[: limit - 5] + " ...]"


def _render(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_render(item) for item in value) + "]"
    if not isinstance(value, dict):
        return repr(value)
    tag = value.get("$")
    items = value.get("items", [])
    if tag == "tuple":
        inner = ", ".join(_render(item) for item in items)
        return f"({inner},)" if len(items) == 1 else f"({inner})"
    if tag == "set":
        return "{" + ", ".join(_render(item) for item in items) + "}" if items else "set()"
    if tag == "dict":
        return "{" + ", ".join(f"{_render(k)}: {_render(v)}" for k, v in items) + "}"
    if tag == "seq":
        return f"{value.get('type', 'seq')}([" + ", ".join(_render(item) for item in items) + "])"
    if tag == "ListNode":
        values = value["values"]
        return " -> ".join(_render(item) for item in values) if values else "None (empty list)"
    if tag == "TreeNode":
        return "tree " + _render(value["values"]).replace("None", "null")
    return str(value.get("repr", "<object>"))


def conforms(value: Any, type_: Type) -> str | None:
    """None when an encoded value has the declared type, else what is wrong with it: the
    innermost part that does not fit, e.g. "expected list[list[int]], got a list whose
    item 2 is a list whose item 0 is str '4'"."""
    if _fits(value, type_):
        return None
    return f"expected {type_}, got {_misfit(value, type_)}"


def _misfit(value: Any, type_: Type) -> str:
    if type_.name == "list" and type_.args and isinstance(value, list):
        for index, item in enumerate(value):
            if not _fits(item, type_.args[0]):
                return f"a list whose item {index} is {_misfit(item, type_.args[0])}"
    return describe(value)


def describe(value: Any) -> str:
    if value is None:
        return "None"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        tag = value.get("$")
        if tag == "object":
            shown = str(value.get("repr"))
            if value.get("type") == "ListNode" and "cycle" in shown:
                # a ListNode where one is declared: what is wrong is the cycle, not the type
                return shown.strip("<>") + ", whose last node links back into it"
            return f"an object of type {value.get('type')}: {shown}"
        if tag == "seq":
            return f"a {value.get('type')}"
        return f"a {tag}"
    return f"{type(value).__name__} {value!r}"


# -- the type rule: the values are the answer ---------------------------------------------
# Where a list is declared, any sequence of the right items is accepted (a tuple, a list
# of tuples, dict.values()); a set too where the order is free (an unordered level). The
# pass says, in one line, that a list was asked for. A scalar keeps its exact type: True
# is not 1, 1.0 is not 1, a str is not a list, None is not an empty list.

def as_declared(value: Any, type_: Type, free_levels: tuple[int, ...] = (),
                notes: set[str] | None = None) -> Any:
    """The encoded value with every sequence where a list is declared turned into a list;
    what was turned goes into `notes` ("a tuple", "a dict_values")."""
    return _as_declared(value, type_, free_levels, 0, notes if notes is not None else set())


def _as_declared(value: Any, type_: Type, free: tuple[int, ...], depth: int,
                 notes: set[str]) -> Any:
    name = type_.name
    if name == "union":
        for member in type_.args:
            if _fits(value, member):
                return value
        for member in type_.args:
            turned = _as_declared(value, member, free, depth, notes)
            if turned is not value:
                return turned
        return value
    if name != "list" or not type_.args:
        return value
    item_type = type_.args[0]
    if isinstance(value, dict):
        tag = value.get("$")
        if tag in ("tuple", "seq") or (tag == "set" and depth in free):
            notes.add(f"a {value.get('type', tag)}")
            value = value["items"]
        else:
            return value
    if not isinstance(value, list):
        return value
    if item_type.name in ("int", "bool", "str", "float", "None") or \
            set(map(type, value)) <= SCALAR_TYPES:
        return value  # nothing inside can be turned
    turned = [_as_declared(item, item_type, free, depth + 1, notes) for item in value]
    return value if all(a is b for a, b in zip(turned, value, strict=True)) else turned


def list_note(turned: set[str]) -> str:
    """The one line a pass says when sequences other than lists were accepted."""
    kinds = " and ".join(sorted(turned))
    return (f"a list was asked for, and your answer gave {kinds} in its place: accepted, "
            "since the values are what is judged")


def _fits(value: Any, type_: Type) -> bool:
    name = type_.name
    if name in ("Any", "object"):
        return True
    if name == "union":
        return any(_fits(value, member) for member in type_.args)
    if name == "None":
        return value is None
    if name == "float":
        return type(value) in (float, int)  # an int is a float by the numeric tower
    if name in ("int", "bool", "str"):
        return type(value).__name__ == name
    if name == "list":
        if not isinstance(value, list):
            return False
        item_type = type_.args[0]
        if item_type.name in ("int", "bool", "str") and not item_type.args:
            return set(map(type, value)) <= {SCALAR_NAMES[item_type.name]}
        return all(_fits(item, item_type) for item in value)
    if not isinstance(value, dict):
        return False
    tag = value.get("$")
    if name in ("ListNode", "TreeNode"):
        return tag == name
    if name == "tuple":
        if tag != "tuple":
            return False
        items = value["items"]
        return len(items) == len(type_.args) and all(
            _fits(item, arg) for item, arg in zip(items, type_.args, strict=True)
        )
    if name == "set":
        return tag == "set" and all(_fits(item, type_.args[0]) for item in value["items"])
    if name == "dict":
        key, val = ((*type_.args, Type("Any"), Type("Any")))[:2]
        return tag == "dict" and all(
            _fits(k, key) and _fits(v, val) for k, v in value["items"]
        )
    return False
