from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.problems.shapes import (
    balanced_tree,
    bst_from_order,
    chain,
    complete_tree,
    grid_walk,
    grid_walk_back,
    grids,
    increasing_runs,
    integers,
    level_order,
    lopsided,
    palindrome,
    planted_prerequisites,
    prerequisite_pairs,
    random_intervals,
    random_tree,
    serpentine,
    small_prerequisites,
    spine_with_branches,
    spiral,
    trees,
)
from trainer.problems.structures import TreeNode, build_tree


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


def islands(grid: list[list[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    seen: set[tuple[int, int]] = set()
    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 1 and (r, c) not in seen:
                count += 1
                stack = [(r, c)]
                seen.add((r, c))
                while stack:
                    i, j = stack.pop()
                    for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                        if 0 <= x < rows and 0 <= y < cols and grid[x][y] == 1 \
                                and (x, y) not in seen:
                            seen.add((x, y))
                            stack.append((x, y))
    return count


@given(st.integers(1, 40), st.integers(1, 40))
def test_snakes_and_spirals_are_one_island(rows: int, cols: int) -> None:
    assert islands(serpentine(rows, cols)) == 1
    assert islands(spiral(rows, cols)) == 1


@settings(max_examples=60)
@given(grids(max_side=50, land="L", water="."))
def test_generated_grids_are_rectangles_of_the_given_cells(grid: list[list[str]]) -> None:
    assert 1 <= len(grid) <= 50 and 1 <= len(grid[0]) <= 50
    assert all(len(row) == len(grid[0]) and set(row) <= {"L", "."} for row in grid)


def test_a_lopsided_tree_has_sides_of_different_depths_in_either_order() -> None:
    for mirrored in (False, True):
        root = build_tree(lopsided(mirrored))
        assert root is not None
        depths = [count_and_depth(level_order(side))[1] for side in (root.left, root.right)]
        assert depths == (sorted(depths, reverse=True) if mirrored else sorted(depths))
        assert depths[0] != depths[1]
    assert count_and_depth(lopsided(False)) == count_and_depth(lopsided(True))


@given(st.integers(0, 50), st.integers(-3, 3), st.integers(0, 3), st.integers(0, 2**32))
def test_integers_are_n_draws_within_the_bounds(n: int, low: int, span: int, seed: int) -> None:
    values = integers(random.Random(seed), n, low, low + span)
    assert len(values) == n and all(low <= v <= low + span for v in values)


@given(st.integers(0, 3000), st.integers(0, 2**32))
def test_increasing_runs_are_strictly_increasing_within_the_bound(count: int,
                                                                  seed: int) -> None:
    values = increasing_runs(random.Random(seed), count, 10**9)
    assert len(values) == count
    assert all(a < b for a, b in itertools.pairwise(values))
    assert all(-(10**9) <= v <= 10**9 for v in values)


def heights_if_balanced(root: TreeNode | None) -> int | None:
    """The height in nodes, or None when some node's subtrees differ by more than one."""
    if root is None:
        return 0
    left, right = heights_if_balanced(root.left), heights_if_balanced(root.right)
    if left is None or right is None or abs(left - right) > 1:
        return None
    return 1 + max(left, right)


@given(st.integers(0, 2000), st.integers(0, 2**32), st.booleans())
def test_balanced_trees_are_balanced_with_the_nodes_and_height_asked_for(
        n: int, seed: int, tallest: bool) -> None:
    rnd = random.Random(seed)
    shortest = n.bit_length()
    height = shortest
    if tallest:  # the tallest possible: keep trying one more until it is refused
        while True:
            try:
                balanced_tree(n, rnd, height=height + 1)
            except ValueError:
                break
            height += 1
    tree = balanced_tree(n, rnd, height=height)
    assert count_and_depth(tree) == (n, height)
    assert heights_if_balanced(build_tree(tree)) == height
    assert heights_if_balanced(build_tree(balanced_tree(n, rnd))) is not None


def test_a_balanced_tree_cannot_be_too_tall() -> None:
    assert count_and_depth(balanced_tree(12, random.Random(1), height=5))[1] == 5
    with pytest.raises(ValueError, match="height 6"):
        balanced_tree(12, random.Random(1), height=6)  # a Fibonacci tree of height 6 has 20


@given(st.integers(0, 200), st.integers(-100, 100), st.integers(0, 300), st.integers(0, 50),
       st.integers(0, 50), st.integers(0, 2**32))
def test_random_intervals_stay_in_range_with_the_lengths_asked_for(
        n: int, low: int, width: int, longest: int, shortest: int, seed: int) -> None:
    intervals = random_intervals(random.Random(seed), n, low, low + width, longest, shortest)
    assert len(intervals) == n
    for start, end in intervals:
        assert low <= start <= end <= low + width
        assert end - start <= longest
        assert end - start >= min(shortest, longest, width)


@given(st.integers(0, 300), st.integers(1, 26), st.integers(0, 2**32))
def test_palindromes_have_the_length_and_letters_asked_for(length: int, size: int,
                                                            seed: int) -> None:
    alphabet = "abcdefghijklmnopqrstuvwxyz"[:size]
    text = palindrome(random.Random(seed), alphabet, length)
    assert len(text) == length
    assert text == text[::-1]
    assert set(text) <= set(alphabet)


def _inserted_one_by_one(order: list[int]) -> TreeNode | None:
    root = None
    for value in order:
        if root is None:
            root = TreeNode(value)
            continue
        node = root
        while True:
            side = "left" if value < node.val else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, TreeNode(value))
                break
            node = child
    return root


@given(st.lists(st.integers(-50, 50), unique=True, max_size=40))
@settings(max_examples=200, deadline=None)
def test_a_bst_from_an_order_is_the_tree_insertion_builds(order: list[int]) -> None:
    assert bst_from_order(order) == level_order(_inserted_one_by_one(order))


def test_a_bst_from_a_sorted_order_is_a_deep_path_built_quickly() -> None:
    tree = bst_from_order(list(range(5000)))
    assert count_and_depth(tree) == (5000, 5000)
    with pytest.raises(ValueError):
        bst_from_order([1, 2, 1])


def _has_cycle(n: int, pairs: list[list[int]]) -> bool:
    indegree = [0] * n
    after: list[list[int]] = [[] for _ in range(n)]
    for a, b in pairs:
        after[b].append(a)
        indegree[a] += 1
    ready = [x for x in range(n) if indegree[x] == 0]
    done = 0
    while ready:
        x = ready.pop()
        done += 1
        for y in after[x]:
            indegree[y] -= 1
            if indegree[y] == 0:
                ready.append(y)
    return done < n


@given(st.integers(1, 60), st.integers(0, 100), st.sampled_from([None, "self", "two", "long"]),
       st.booleans(), st.integers(0, 5), st.integers(0, 2**32))
def test_prerequisite_pairs_have_a_cycle_exactly_when_one_is_planted(
        n: int, count: int, cycle: str | None, chain: bool, repeats: int, seed: int) -> None:
    pairs = prerequisite_pairs(random.Random(seed), n, count, cycle, chain, repeats)
    assert all(len(p) == 2 and 0 <= p[0] < n and 0 <= p[1] < n for p in pairs)
    planted = cycle == "self" or (cycle is not None and n >= 2)
    assert _has_cycle(n, pairs) == planted
    if chain and not planted:
        assert len({(a, b) for a, b in pairs}) >= n - 1


@given(st.integers(1, 6), st.integers(1, 6), st.integers(1, 40), st.integers(0, 2**32))
def test_grid_walks_step_between_neighbours_and_walk_back_reuses_one_cell(
        rows: int, cols: int, length: int, seed: int) -> None:
    for back in (False, True):
        path = (grid_walk_back if back else grid_walk)(rows, cols, length, random.Random(seed))
        assert 1 <= len(path) <= max(length, 3)
        assert all(0 <= r < rows and 0 <= c < cols for r, c in path)
        assert all(abs(r1 - r2) + abs(c1 - c2) == 1
                   for (r1, c1), (r2, c2) in itertools.pairwise(path))
        if not back:
            assert len(set(path)) == len(path)
        elif len(path) >= 3:
            assert path[-1] == path[-3]


@given(st.one_of(planted_prerequisites(40), small_prerequisites()))
@settings(max_examples=200, deadline=None)
def test_prerequisite_graphs_name_only_their_own_courses(graph: dict) -> None:
    n = graph["num_courses"]
    assert n >= 1
    assert all(len(pair) == 2 and all(0 <= c < n for c in pair)
               for pair in graph["prerequisites"])
