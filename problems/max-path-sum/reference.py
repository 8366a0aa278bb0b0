import random

from hypothesis import strategies as st

from trainer.problems.shapes import (
    chain,
    complete_tree,
    level_order,
    random_tree,
    spine_with_branches,
    trees,
)
from trainer.problems.structures import TreeNode, build_tree

VALUE = 1000
MAX_CHAIN = 5_000
# Correctness inputs stay within 800 deep, so that the O(n^2) approach finishes each of
# them within the per-call limit and is rejected by the complexity check instead.
CASE_CHAIN = 800


def max_path_sum(root):
    """Post-order without recursion: gain[node] is the best sum going straight down from
    node; the best path turning at node adds both children's gains when positive."""
    gain = {None: 0}
    best = root.val
    stack = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if node is None:
            continue
        if not children_done:
            stack += [(node, True), (node.left, False), (node.right, False)]
            continue
        left, right = max(gain[node.left], 0), max(gain[node.right], 0)
        best = max(best, node.val + left + right)
        gain[node] = node.val + max(left, right)
    return best


def _rebuild(rnd: random.Random, tree: list, low: int, high: int) -> list:
    """The same shape, with values drawn from [low, high]."""
    return [None if v is None else rnd.randint(low, high) for v in tree]


@st.composite
def _signed(draw: st.DrawFn) -> list:
    """Random shapes whose values lean negative, positive or are all negative."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = draw(st.sampled_from([1, 2, 3, 7, 30, 300]))
    shape = draw(st.sampled_from([random_tree, complete_tree]))(n, rnd, VALUE)
    low, high = draw(st.sampled_from([(-VALUE, -1), (-VALUE, 0), (-VALUE, 200), (-5, 5),
                                      (-200, VALUE)]))
    return _rebuild(rnd, shape, low, high)


@st.composite
def _bend_below(draw: st.DrawFn) -> list:
    """A negative top above a node with two positive arms: the best path bends at that
    node and leaves out everything above it."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    most = draw(st.sampled_from([3, 20, CASE_CHAIN // 2]))
    arms = [build_tree(_rebuild(rnd, chain(draw(st.integers(1, most)), rnd, "random"), -50, 300))
            for _ in range(2)]
    top = TreeNode(rnd.randint(-300, 300), *arms)
    for _ in range(draw(st.integers(1, 4))):
        value = rnd.randint(-VALUE, -1)
        top = TreeNode(value, top) if rnd.random() < 0.5 else TreeNode(value, None, top)
        if rnd.random() < 0.4:  # a small positive branch on the other side
            leaf = TreeNode(rnd.randint(1, 100))
            if top.left is None:
                top.left = leaf
            else:
                top.right = leaf
    return level_order(top)


@st.composite
def _negative_chain(draw: st.DrawFn) -> list:
    """A path with mixed signs: the best is a run somewhere in the middle (as in the
    maximum subarray), or one node when all are negative."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = draw(st.integers(1, CASE_CHAIN))
    side = draw(st.sampled_from(["left", "right", "zigzag", "random"]))
    low = draw(st.sampled_from([-VALUE, -100]))
    high = draw(st.sampled_from([-1, 30, 100]))
    return _rebuild(rnd, chain(n, rnd, side), low, high)


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        trees(600, CASE_CHAIN, VALUE).map(lambda tree: tree or [0]),
        st.integers(-VALUE, VALUE).map(lambda v: [v]),
        _signed(),
        _signed(),
        _bend_below(),
        _bend_below(),
        _negative_chain(),
    ).map(lambda tree: {"root": tree})


def sized(n: int, rnd: random.Random) -> dict:
    """A deep spine with short branches: recomputing gains from every node is quadratic."""
    return {"root": spine_with_branches(n, rnd, MAX_CHAIN, VALUE)}
