import random

from hypothesis import strategies as st

from trainer.problems.shapes import (
    balanced_tree,
    chain,
    complete_tree,
    level_order,
    trees,
)
from trainer.problems.structures import TreeNode, build_tree

VALUE = 100
MAX_CHAIN = 5_000
MAX_NODES = 10_000


def is_balanced(root):
    """Post-order without recursion: each node's height once its children have theirs."""
    height = {None: 0}
    stack = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if node is None:
            continue
        if not children_done:
            stack += [(node, True), (node.left, False), (node.right, False)]
            continue
        left, right = height[node.left], height[node.right]
        if abs(left - right) > 1:
            return False
        height[node] = 1 + max(left, right)
    return True


# -- inputs: balanced trees, some broken deep down, and every other shape -----------------
def _deepest_leaf(root: TreeNode, rnd: random.Random) -> TreeNode:
    level = [root]
    while True:
        below = [c for n in level for c in (n.left, n.right) if c is not None]
        if not below:
            return rnd.choice(level)
        level = below


def broken(tree: list[int | None], rnd: random.Random, length: int) -> list[int | None]:
    """The tree with a path of `length` new nodes hung under one of its deepest leaves:
    two nodes always unbalance that leaf; one may or may not unbalance an ancestor."""
    root = build_tree(tree)
    if root is None:
        return chain(length, rnd, "random", VALUE)
    node = _deepest_leaf(root, rnd)
    for _ in range(length):
        child = TreeNode(rnd.randint(-VALUE, VALUE))
        setattr(node, rnd.choice(("left", "right")), child)
        node = child
    return level_order(root)


@st.composite
def _balanced(draw: st.DrawFn, most: int) -> list[int | None]:
    n = draw(st.integers(0, most))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    tree = balanced_tree(n, rnd, VALUE) if draw(st.booleans()) else complete_tree(n, rnd, VALUE)
    extra = draw(st.sampled_from([0, 0, 1, 2, 2]))
    return broken(tree, rnd, extra) if extra else tree


def _height(root: TreeNode | None) -> int:
    level, height = [root] if root else [], 0
    while level:
        height += 1
        level = [c for n in level for c in (n.left, n.right) if c is not None]
    return height


@st.composite
def _sound_root_broken_below(draw: st.DrawFn) -> list[int | None]:
    """Two sides of equal (or nearly equal) height, one of them unbalanced inside."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    bad = build_tree(broken(balanced_tree(draw(st.integers(1, 60)), rnd, VALUE), rnd, 2))
    height = _height(bad) - draw(st.integers(0, 1))
    size = draw(st.integers(2 ** (height - 1), 2**height - 1))  # a complete tree that tall
    sides = (bad, build_tree(complete_tree(size, rnd, VALUE)))
    if draw(st.booleans()):
        sides = sides[::-1]
    return level_order(TreeNode(rnd.randint(-VALUE, VALUE), *sides))


def inputs() -> st.SearchStrategy[dict]:
    classic = [1, 2, 2, 3, None, None, 3, 4, None, None, 4]
    return st.one_of(
        st.just([]),
        st.integers(-VALUE, VALUE).map(lambda v: [v]),
        st.just(classic),
        _balanced(30),
        _balanced(30),
        _balanced(1000),
        _sound_root_broken_below(),
        _sound_root_broken_below(),
        trees(600, MAX_CHAIN, VALUE),
    ).map(lambda tree: {"root": tree})


def sized(n: int, rnd: random.Random) -> dict:
    """A balanced tree of n nodes, of a random height: every node must be checked."""
    return {"root": balanced_tree(min(n, MAX_NODES), rnd, VALUE)}
