import random
from collections import deque

from hypothesis import strategies as st

from trainer.problems.shapes import (
    chain,
    complete_tree,
    level_order as to_level_order,
    random_tree,
    spine_with_branches,
    trees,
)

VALUE = 1000
MAX_CHAIN = 5_000
# Correctness inputs stay within 800 deep, so that the one-walk-per-level approach
# finishes each of them within the per-call limit; the complexity check rejects it.
CASE_CHAIN = 800


def level_order(root):
    levels = []
    queue = deque([root] if root is not None else [])
    while queue:
        level = []
        for _ in range(len(queue)):
            node = queue.popleft()
            level.append(node.val)
            if node.left is not None:
                queue.append(node.left)
            if node.right is not None:
                queue.append(node.right)
        levels.append(level)
    return levels


@st.composite
def _bushy(draw: st.DrawFn) -> list:
    n = draw(st.integers(1, 1000))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    return (complete_tree if draw(st.booleans()) else random_tree)(n, rnd, VALUE)


@st.composite
def _zigzag(draw: st.DrawFn) -> list:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    return chain(draw(st.integers(2, CASE_CHAIN)), rnd, "zigzag", VALUE)


@st.composite
def _gaps(draw: st.DrawFn) -> list:
    """A complete tree with some nodes cut out: levels with holes, where positions in a
    complete tree no longer give the depth."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    from trainer.problems.structures import build_tree

    root = build_tree(complete_tree(draw(st.integers(3, 200)), rnd, VALUE))
    stack = [root]
    while stack:
        node = stack.pop()
        for side in ("left", "right"):
            child = getattr(node, side)
            if child is not None and rnd.random() < 0.15:
                setattr(node, side, None)
            elif child is not None:
                stack.append(child)
    return to_level_order(root)


def inputs() -> st.SearchStrategy[dict]:
    values = st.sampled_from([0, 1, -1, VALUE, -VALUE])
    return st.one_of(
        trees(600, CASE_CHAIN, VALUE),
        st.lists(values, min_size=1, max_size=15),  # a complete tree, repeated values
        _bushy(),
        _zigzag(),
        _gaps(),
        _gaps(),
    ).map(lambda tree: {"root": tree})


def sized(n: int, rnd: random.Random) -> dict:
    """A deep spine with short branches: about n / 2 levels, so a walk per level is
    quadratic."""
    return {"root": spine_with_branches(n, rnd, MAX_CHAIN, VALUE)}
