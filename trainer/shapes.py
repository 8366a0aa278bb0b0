"""Building blocks for problems' input generators: tree shapes as level-order lists.

Used by the reference.py of tree problems (so it runs in the grader, never in the fast
path). Every shape takes the node count and a random.Random, so large inputs are built
from one drawn seed rather than element by element.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable

from hypothesis import strategies as st

from trainer.structures import TreeNode, build_tree, tree_to_list

Shape = Callable[[int, random.Random], list[int | None]]


def level_order(root: TreeNode | None) -> list[int | None]:
    return tree_to_list(root, cap=1 << 30)


def _node(rnd: random.Random, value: int) -> TreeNode:
    return TreeNode(rnd.randint(-value, value))


def _grow(free: list[tuple[TreeNode, str]], count: int, rnd: random.Random,
          value: int) -> None:
    """Hang `count` new nodes, each on a uniformly chosen free child slot."""
    for _ in range(count):
        k = rnd.randrange(len(free))
        free[k], free[-1] = free[-1], free[k]
        parent, side = free.pop()
        child = _node(rnd, value)
        setattr(parent, side, child)
        free += [(child, "left"), (child, "right")]


def random_tree(n: int, rnd: random.Random, value: int = 100) -> list[int | None]:
    """n nodes, each new node hung on a uniformly chosen free child slot."""
    if n == 0:
        return []
    root = _node(rnd, value)
    _grow([(root, "left"), (root, "right")], n - 1, rnd, value)
    return level_order(root)


def complete_tree(n: int, rnd: random.Random, value: int = 100) -> list[int | None]:
    return [rnd.randint(-value, value) for _ in range(n)]


def chain(n: int, rnd: random.Random, sides: str = "left",
          value: int = 100) -> list[int | None]:
    """A path of n nodes going left, right, zigzag (alternating) or random."""
    if n == 0:
        return []
    root = node = _node(rnd, value)
    for i in range(n - 1):
        if sides == "random":
            side = rnd.choice(("left", "right"))
        elif sides == "zigzag":
            side = ("left", "right")[i % 2]
        else:
            side = sides
        child = _node(rnd, value)
        setattr(node, side, child)
        node = child
    return level_order(root)


def spine_with_branches(n: int, rnd: random.Random, max_depth: int,
                        value: int = 100) -> list[int | None]:
    """A deep path (at most max_depth - 100 nodes) with short random subtrees off it:
    the worst case for recursion, with bushy parts too."""
    spine = min(max_depth - 100, max(1, n // 2))
    nodes = [_node(rnd, value) for _ in range(spine)]
    free = []
    for parent, child in itertools.pairwise(nodes):
        side = rnd.choice(("left", "right"))
        setattr(parent, side, child)
        free.append((parent, "right" if side == "left" else "left"))
    free += [(nodes[-1], "left"), (nodes[-1], "right")]
    _grow(free, n - spine, rnd, value)
    return level_order(nodes[0])


def trees(max_nodes: int, max_depth: int, value: int = 100,
          *extra: st.SearchStrategy[list]) -> st.SearchStrategy[list]:
    """Level-order trees of every shape, edge cases weighted in: empty, one node, small
    free-form level orders, random / complete / spine shapes of up to max_nodes, and
    paths up to max_depth deep (left, right, zigzag, random); plus a problem's own
    `extra` shapes, each as likely as one of these."""

    @st.composite
    def shaped(draw: st.DrawFn, nodes: int) -> list[int | None]:
        rnd = random.Random(draw(st.integers(0, 2**32)))
        kind = draw(st.sampled_from(["random", "complete", "spine", "left", "right",
                                     "zigzag", "random-path"]))
        n = draw(st.integers(0, nodes))
        if kind == "random":
            return random_tree(n, rnd, value)
        if kind == "complete":
            return complete_tree(n, rnd, value)
        if kind == "spine":
            return spine_with_branches(n, rnd, max_depth, value)
        return chain(min(n, max_depth), rnd, kind.removesuffix("-path"), value)

    @st.composite
    def deep_path(draw: st.DrawFn) -> list[int | None]:
        n = draw(st.integers(max_depth // 2, max_depth))
        side = draw(st.sampled_from(["left", "right", "zigzag"]))
        return chain(n, random.Random(draw(st.integers(0, 2**32))), side, value)

    free_form = st.lists(st.one_of(st.none(), st.integers(-value, value)), max_size=25)
    return st.one_of(
        st.just([]),
        st.integers(-value, value).map(lambda v: [v]),
        free_form.map(lambda items: level_order(build_tree(items))),
        shaped(40),
        shaped(40),
        shaped(max_nodes),
        st.one_of(deep_path(), shaped(40), shaped(40)),  # a few very deep paths
        *extra,
    )

