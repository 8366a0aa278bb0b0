import random

from hypothesis import strategies as st

from trainer.problems.shapes import chain, complete_tree, random_tree, trees
from trainer.problems.structures import TreeNode, build_tree as from_level_order

VALUE = 10**5
# Correctness inputs stay within 1000 deep: slicing the lists for every subtree (the
# O(n^2) approach) must finish each of them within the per-call limit, so that the
# complexity check, not a time-out, rejects it. The ladder's paths go 3200 deep.
CASE_CHAIN = 1_000


def build_tree(preorder, inorder):
    """Pre-order values taken in turn, each placed by its in-order position inside the
    range of its subtree; without recursion. Traversals of no single tree raise
    ValueError (the constraints cannot say it, so shrinking skips such inputs)."""
    where = {value: index for index, value in enumerate(inorder)}
    root = None
    taken = 0
    tasks = [(0, len(inorder), None, "")]  # an in-order range, and where its root goes
    while tasks:
        low, high, parent, side = tasks.pop()
        if low >= high:
            continue
        value = preorder[taken]
        taken += 1
        index = where.get(value)
        if index is None or not low <= index < high:
            raise ValueError("preorder and inorder are not traversals of one tree")
        node = TreeNode(value)
        if parent is None:
            root = node
        else:
            setattr(parent, side, node)
        tasks.append((index + 1, high, node, "right"))
        tasks.append((low, index, node, "left"))  # popped first: the left subtree
    return root


def traversals(tree: list) -> dict:
    """The pre-order and in-order lists of a level-order tree."""
    preorder, inorder = [], []
    stack, node = [], from_level_order(tree)
    walk = [node] if node is not None else []
    while walk:
        current = walk.pop()
        preorder.append(current.val)
        walk += [child for child in (current.right, current.left) if child is not None]
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        inorder.append(node.val)
        node = node.right
    return {"preorder": preorder, "inorder": inorder}


def _distinct(tree: list, rnd: random.Random, span: int) -> list:
    """The same shape with distinct values drawn from [-span, span]."""
    count = sum(v is not None for v in tree)
    values = iter(rnd.sample(range(-span, span + 1), count))
    return [None if v is None else next(values) for v in tree]


_SHAPES = trees(400, CASE_CHAIN, 0)  # built once: each call defines new strategies


@st.composite
def _tree(draw: st.DrawFn) -> dict:
    shape = draw(st.one_of(
        _SHAPES,
        st.builds(lambda n, seed, kind: kind(n, random.Random(seed)),
                  st.integers(1, 400), st.integers(0, 2**32),
                  st.sampled_from([random_tree, complete_tree])),
        st.builds(lambda n, seed, side: chain(n, random.Random(seed), side),
                  st.integers(2, 40), st.integers(0, 2**32),
                  st.sampled_from(["left", "right", "zigzag"])),
    ))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    count = sum(v is not None for v in shape)
    span = draw(st.sampled_from([max(count, 1), 3 * count + 3, VALUE]))
    return traversals(_distinct(shape, rnd, min(span, VALUE)))


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.just({"preorder": [], "inorder": []}),
        st.integers(-VALUE, VALUE).map(lambda v: {"preorder": [v], "inorder": [v]}),
        _tree(),
        _tree(),
        _tree(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """A path of n nodes going left: each root is the last of its in-order range, so a
    search with .index scans the whole range, and slicing copies it."""
    return traversals(_distinct(chain(n, rnd, "left"), rnd, VALUE))
