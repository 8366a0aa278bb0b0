from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from trainer.grading.values import (
    NodeRegistry,
    conforms,
    decode,
    describe,
    encode,
    materialize,
    strict_equal,
)
from trainer.problems.signature import parse_signature
from trainer.problems.structures import ListNode, TreeNode, build_list

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                    st.text(max_size=5))
plain = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.tuples(inner, inner)), max_leaves=12)


def through_json(value: Any) -> Any:
    return json.loads(json.dumps(encode(value)))


@given(plain)
def test_values_survive_the_boundary_with_their_types(value: Any) -> None:
    crossed = through_json(value)
    assert strict_equal(crossed, encode(value))
    assert decode(crossed) == value


def test_types_stay_apart() -> None:
    assert not strict_equal(encode(True), encode(1))
    assert not strict_equal(encode(1.0), encode(1))
    assert not strict_equal(encode((1, 2)), encode([1, 2]))
    assert strict_equal(encode([1, [2.5]]), encode([1, [2.5]]))


def test_a_lying_eq_is_just_an_object() -> None:
    class Yes:
        def __eq__(self, other: object) -> bool:
            return True

    crossed = through_json(Yes())
    assert crossed["$"] == "object"
    assert not strict_equal(crossed, encode(3))
    assert decode(crossed) != 3


def test_a_list_subclass_is_judged_by_its_items() -> None:
    class Sneaky(list):  # type: ignore[type-arg]
        def __eq__(self, other: object) -> bool:
            return True

    assert through_json(Sneaky([1, 2])) == [1, 2]


def test_huge_ints_and_generators_are_not_answers() -> None:
    assert through_json(10**100_000)["$"] == "object"
    assert through_json(x for x in [1])["type"] == "generator"


def test_linked_lists_remember_which_input_nodes_they_reuse() -> None:
    registry = NodeRegistry()
    head = materialize([1, 2, 3], parse_signature("def f(h: ListNode | None) -> int")
                       .params[0].type, registry)
    assert isinstance(head, ListNode)
    encoded = encode(head, registry)
    assert encoded == {"$": "ListNode", "values": [1, 2, 3], "nodes": [0, 1, 2]}
    assert encode(build_list([1]), registry)["nodes"] == [-1]


def test_cyclic_input_lists_are_built_on_request() -> None:
    type_ = parse_signature("def f(h: ListNode | None) -> bool").params[0].type
    head = materialize({"values": [1, 2, 3], "cycle_to": 0}, type_)
    assert head.next.next.next is head
    assert encode(head)["$"] == "object"  # a cycle is never an answer


def test_trees_cross_as_level_order() -> None:
    assert encode(TreeNode(1, None, TreeNode(2))) == {"$": "TreeNode", "values": [1, None, 2]}


def test_conforms_explains_a_wrong_shape() -> None:
    returns = parse_signature("def f() -> list[int]").returns
    assert conforms(encode([1, 2]), returns) is None
    assert conforms(encode((1, 2)), returns) == "expected list[int], got a tuple"
    assert conforms(encode([True]), returns) is not None
    floats = parse_signature("def f() -> float").returns
    assert conforms(encode(2), floats) is None  # an int is a float (numeric tower)
    assert conforms(encode(True), floats) is not None


flat = st.lists(st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.sampled_from([
    0.0, 1.0, float("nan"), 2**20000]), st.text(max_size=2)), max_size=6)


def item_by_item(a: Any, b: Any) -> bool:
    """strict_equal's meaning for lists, spelled out without its quick path."""
    return (type(a) is type(b) and len(a) == len(b)
            and all(strict_equal(x, y) for x, y in zip(a, b, strict=True)))


@given(flat, flat)
def test_the_quick_path_for_flat_lists_agrees_with_item_by_item(a: list[Any],
                                                                 b: list[Any]) -> None:
    assert strict_equal(a, b) == item_by_item(a, b)
    assert strict_equal(a, list(a)) == item_by_item(a, list(a))
    assert encode(a) == [encode(item) for item in a]


def test_the_quick_paths_keep_types_apart() -> None:
    assert not strict_equal([1, 2], [1, True])
    assert not strict_equal([[1]], [[True]])
    assert strict_equal([float("nan")], [float("nan")])
    list_of_ints = parse_signature("def f() -> list[int]").returns
    assert conforms([1, 2, 3], list_of_ints) is None
    assert conforms([1, True], list_of_ints) is not None
    assert encode([1, 2**20000])[1]["$"] == "object"  # a huge int is still caught


def test_a_misfit_names_the_item_that_does_not_fit() -> None:
    returns = parse_signature("def f() -> list[list[int]]").returns
    assert conforms(encode([[1], ["2"]]), returns) == (
        "expected list[list[int]], got a list whose item 1 is a list whose item 0 is str '2'")


def test_a_cyclic_list_is_described_by_its_cycle_not_its_type() -> None:
    head = ListNode(1, ListNode(2, ListNode(3)))
    assert head.next is not None and head.next.next is not None
    head.next.next.next = head.next
    assert describe(encode(head)) == ("a linked list with a cycle after 3 nodes, whose last "
                                      "node links back into it")
    assert describe({"$": "object", "type": "Foo", "repr": "<Foo>"}) == (
        "an object of type Foo: <Foo>")
