from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.shapes import chain, complete_tree, random_tree, spine_with_branches, trees
from trainer.structures import TreeNode, build_tree


def count_and_depth(level_order: list[int | None]) -> tuple[int, int]:
    root = build_tree(level_order)
    count = depth = 0
    stack: list[tuple[TreeNode | None, int]] = [(root, 1)]
    while stack:
        node, level = stack.pop()
        if node is not None:
            count, depth = count + 1, max(depth, level)
            stack += [(node.left, level + 1), (node.right, level + 1)]
    return count, depth


@given(st.integers(0, 300), st.integers(0, 2**32))
def test_shapes_have_the_nodes_asked_for(n: int, seed: int) -> None:
    rnd = random.Random(seed)
    assert count_and_depth(random_tree(n, rnd))[0] == n
    assert count_and_depth(complete_tree(n, rnd))[0] == n
    assert count_and_depth(chain(n, rnd, "zigzag")) == (n, n)
    if n:
        assert count_and_depth(spine_with_branches(n, rnd, max_depth=400))[0] == n


@settings(max_examples=60)
@given(trees(max_nodes=50, max_depth=300))
def test_generated_trees_stay_within_bounds(level_order: list[int | None]) -> None:
    count, depth = count_and_depth(level_order)
    assert depth <= 300
    assert count <= 300  # bushy shapes up to 50 nodes; paths up to 300 deep
