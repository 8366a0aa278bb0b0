from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from trainer.problems.structures import (
    ListNode,
    TreeNode,
    build_list,
    build_tree,
    tree_to_list,
    walk_list,
)

values = st.integers(-5, 5)


@st.composite
def level_orders(draw: st.DrawFn) -> list[int | None]:
    """Level-order lists as tree_to_list writes them: no trailing None, root present."""
    items = draw(st.lists(st.one_of(values, st.none()), max_size=30))
    tree = build_tree(items)
    return tree_to_list(tree, cap=1000)


@given(st.lists(values, max_size=50))
def test_lists_round_trip(items: list[int]) -> None:
    assert walk_list(build_list(items), cap=100) == (items, False)


@given(level_orders())
def test_trees_round_trip(level_order: list[int | None]) -> None:
    assert tree_to_list(build_tree(level_order), cap=1000) == level_order


def test_a_cycle_is_reported_not_followed() -> None:
    head = build_list([1, 2, 3])
    assert head is not None and head.next is not None and head.next.next is not None
    head.next.next.next = head.next
    assert walk_list(head, cap=100) == ([1, 2, 3], True)


def test_a_shared_tree_node_is_an_error() -> None:
    leaf = TreeNode(2)
    root = TreeNode(1, leaf, leaf)
    try:
        tree_to_list(root, cap=10)
    except ValueError as error:
        assert "same node twice" in str(error)
    else:
        raise AssertionError("a shared node went unnoticed")


def test_tree_level_order_skips_children_of_missing_nodes() -> None:
    root = build_tree([1, None, 2, 3])
    assert root is not None and root.left is None and root.right is not None
    assert root.right.left is not None and root.right.left.val == 3
    assert repr(ListNode(1, ListNode(2))) == "ListNode(1 -> 2)"
