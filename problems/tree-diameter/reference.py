import random

from hypothesis import strategies as st

from trainer.problems.shapes import (
    chain,
    complete_tree,
    level_order,
    lopsided_trees,
    random_tree,
    spine_with_branches,
    trees,
)
from trainer.problems.structures import TreeNode, build_tree

VALUE = 100
MAX_CHAIN = 5_000
# Correctness inputs stay within 800 deep: measuring heights from every node (the O(n^2)
# approach) must finish each of them within the per-call limit, so that the complexity
# check, not a time-out, is what rejects it. The ladder's spines go 1000 deep.
CASE_CHAIN = 800


def diameter_of_tree(root):
    """Post-order without recursion: a node's height (in nodes) once its children have
    theirs; the longest path turning at it has height(left) + height(right) edges."""
    height = {None: 0}
    best = 0
    stack = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if node is None:
            continue
        if not children_done:
            stack += [(node, True), (node.left, False), (node.right, False)]
            continue
        left, right = height[node.left], height[node.right]
        best = max(best, left + right)
        height[node] = 1 + max(left, right)
    return best


# -- inputs: every tree shape, and a longest path that avoids the root --------------------
@st.composite
def _deep_below_shallow_root(draw: st.DrawFn) -> list[int | None]:
    """A shallow root over a few single nodes, then a subtree with two deep arms: the
    longest path turns far below the root."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    most = draw(st.sampled_from([8, 40, CASE_CHAIN // 2]))
    arms = [build_tree(chain(draw(st.integers(1, most)), rnd, "random", VALUE))
            for _ in range(2)]
    top = TreeNode(rnd.randint(-VALUE, VALUE), *arms)
    for _ in range(draw(st.integers(1, 3))):  # the path from the root down to the arms
        top = (TreeNode(rnd.randint(-VALUE, VALUE), top) if rnd.random() < 0.5
               else TreeNode(rnd.randint(-VALUE, VALUE), None, top))
    short = draw(st.integers(0, 2))  # a short other side of the root, if any
    if short and top.left is None:
        top.left = build_tree(chain(short, rnd, "random", VALUE))
    elif short and top.right is None:
        top.right = build_tree(chain(short, rnd, "random", VALUE))
    return level_order(top)


@st.composite
def _bushy(draw: st.DrawFn) -> list[int | None]:
    n = draw(st.integers(1, 1000))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    return (complete_tree if draw(st.booleans()) else random_tree)(n, rnd, VALUE)


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        trees(600, CASE_CHAIN, VALUE, lopsided_trees()),
        _deep_below_shallow_root(),
        _deep_below_shallow_root(),
        _bushy(),
    ).map(lambda tree: {"root": tree})


def sized(n: int, rnd: random.Random) -> dict:
    """A deep spine with short branches: measuring heights from every node is quadratic."""
    return {"root": spine_with_branches(n, rnd, MAX_CHAIN, VALUE)}
