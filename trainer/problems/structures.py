"""The linked-list and tree nodes that problems use, and their list forms.

Linked lists cross the process boundary as a list of values; trees as a level-order list
with None for missing children (the usual `[1, null, 2]` form). Walking a structure that a
solution returned is capped, so a cycle is reported instead of hanging.
"""

from __future__ import annotations

from collections import deque
from typing import Any


class ListNode:
    __slots__ = ("next", "val")

    def __init__(self, val: Any = 0, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next

    def __repr__(self) -> str:
        values, cyclic = walk_list(self, cap=20)
        tail = " -> ..." if cyclic or len(values) == 20 else ""
        return "ListNode(" + " -> ".join(map(repr, values)) + tail + ")"


class TreeNode:
    __slots__ = ("left", "right", "val")

    def __init__(
        self, val: Any = 0, left: TreeNode | None = None, right: TreeNode | None = None
    ) -> None:
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self) -> str:
        return f"TreeNode({self.val!r})"


class StructureError(ValueError):
    """A returned structure that cannot be a list or a tree: a cycle, a shared node."""


def build_list(values: list[Any]) -> ListNode | None:
    head: ListNode | None = None
    for value in reversed(values):
        head = ListNode(value, head)
    return head


def walk_list(head: object, cap: int) -> tuple[list[Any], bool]:
    """(values, cyclic): follows .next at most `cap` nodes; cyclic if a node repeats."""
    values: list[Any] = []
    seen: set[int] = set()
    node = head
    while node is not None and len(values) < cap:
        if id(node) in seen:
            return values, True
        seen.add(id(node))
        values.append(getattr(node, "val", None))
        node = getattr(node, "next", None)
    return values, False


def build_tree(level_order: list[Any]) -> TreeNode | None:
    """[1, None, 2] -> root 1 with right child 2. Children of a missing node are not listed."""
    if not level_order or level_order[0] is None:
        return None
    root = TreeNode(level_order[0])
    queue = deque([root])
    index = 1
    while queue and index < len(level_order):
        node = queue.popleft()
        for side in ("left", "right"):
            if index < len(level_order):
                value = level_order[index]
                index += 1
                if value is not None:
                    child = TreeNode(value)
                    setattr(node, side, child)
                    queue.append(child)
    return root


def tree_to_list(root: object, cap: int) -> list[Any]:
    """The level-order form of a tree, trailing Nones dropped.

    Raises StructureError for a node reached twice (a cycle or a shared subtree), or for
    more than `cap` nodes.
    """
    if root is None:
        return []
    out: list[Any] = []
    seen: set[int] = set()
    queue: deque[object] = deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            out.append(None)
            continue
        if id(node) in seen:
            raise StructureError("the tree reaches the same node twice (a cycle or a shared node)")
        seen.add(id(node))
        if len(seen) > cap:
            raise StructureError(f"the tree has more than {cap} nodes")
        out.append(getattr(node, "val", None))
        queue.append(getattr(node, "left", None))
        queue.append(getattr(node, "right", None))
    while out and out[-1] is None:
        out.pop()
    return out
