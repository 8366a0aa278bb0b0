import random
from collections import deque

from hypothesis import strategies as st

from trainer.structures import TreeNode, tree_to_list

VALUE = 100
MAX_NODES = 10_000
MAX_CHAIN = 5_000


def invert_tree(root):
    stack = [root]
    while stack:
        node = stack.pop()
        if node is not None:
            node.left, node.right = node.right, node.left
            stack.append(node.left)
            stack.append(node.right)
    return root


# -- tree shapes, as level-order lists ---------------------------------------------------
def _level_order(root: TreeNode | None) -> list:
    return tree_to_list(root, cap=10 * MAX_NODES)


def random_tree(n: int, rnd: random.Random) -> list:
    """n nodes, each new node hung on a uniformly chosen free child slot."""
    if n == 0:
        return []
    root = TreeNode(rnd.randint(-VALUE, VALUE))
    free = [(root, "left"), (root, "right")]
    for _ in range(n - 1):
        k = rnd.randrange(len(free))
        free[k], free[-1] = free[-1], free[k]
        parent, side = free.pop()
        child = TreeNode(rnd.randint(-VALUE, VALUE))
        setattr(parent, side, child)
        free += [(child, "left"), (child, "right")]
    return _level_order(root)


def complete_tree(n: int, rnd: random.Random) -> list:
    return [rnd.randint(-VALUE, VALUE) for _ in range(n)]


def chain(n: int, rnd: random.Random, sides: str = "left") -> list:
    """A path of n nodes going left, right, or zigzagging."""
    if n == 0:
        return []
    root = TreeNode(rnd.randint(-VALUE, VALUE))
    node = root
    for i in range(n - 1):
        side = sides if sides in ("left", "right") else ("left", "right")[i % 2]
        if sides == "random":
            side = rnd.choice(("left", "right"))
        child = TreeNode(rnd.randint(-VALUE, VALUE))
        setattr(node, side, child)
        node = child
    return _level_order(root)


def spine_with_branches(n: int, rnd: random.Random) -> list:
    """A deep path (up to MAX_CHAIN) with short random subtrees hanging off it."""
    spine = min(MAX_CHAIN - 100, max(1, n // 2))
    nodes = [TreeNode(rnd.randint(-VALUE, VALUE)) for _ in range(spine)]
    free = []
    for parent, child in zip(nodes, nodes[1:]):
        side = rnd.choice(("left", "right"))
        setattr(parent, side, child)
        free.append((parent, "right" if side == "left" else "left"))
    free += [(nodes[-1], "left"), (nodes[-1], "right")]
    for _ in range(n - spine):
        k = rnd.randrange(len(free))
        free[k], free[-1] = free[-1], free[k]
        parent, side = free.pop()
        child = TreeNode(rnd.randint(-VALUE, VALUE))
        setattr(parent, side, child)
        free += [(child, "left"), (child, "right")]
    return _level_order(nodes[0])


def lopsided(rnd: random.Random) -> list:
    """Two differently shaped sides: mirroring shows in the shape, not only the values."""
    left = TreeNode(1, TreeNode(2), TreeNode(3))
    right = TreeNode(4, None, TreeNode(5, TreeNode(6, None, TreeNode(7))))
    root = TreeNode(0, left, right) if rnd.random() < 0.5 else TreeNode(0, right, left)
    return _level_order(root)


SHAPES = {
    "random": random_tree,
    "complete": complete_tree,
    "spine": spine_with_branches,
}


@st.composite
def _shaped(draw: st.DrawFn, max_nodes: int) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    kind = draw(st.sampled_from([*SHAPES, "left", "right", "zigzag", "random-path"]))
    n = draw(st.integers(0, max_nodes))
    if kind in SHAPES:
        return {"root": SHAPES[kind](n, rnd)}
    return {"root": chain(min(n, MAX_CHAIN), rnd, kind.removesuffix("-path"))}


@st.composite
def _deep_chain(draw: st.DrawFn) -> dict:
    """A path thousands of nodes deep: a recursive solution must not crash on it."""
    n = draw(st.integers(MAX_CHAIN // 2, MAX_CHAIN))
    side = draw(st.sampled_from(["left", "right", "zigzag"]))
    return {"root": chain(n, random.Random(draw(st.integers(0, 2**32))), side)}


def inputs() -> st.SearchStrategy[dict]:
    small_level_order = st.lists(st.one_of(st.none(), st.integers(-VALUE, VALUE)),
                                 max_size=25).map(lambda values: {"root": values})
    return st.one_of(
        st.just({"root": []}),
        st.integers(-VALUE, VALUE).map(lambda v: {"root": [v]}),
        small_level_order,
        _shaped(40),
        _shaped(40),
        st.integers(0, 2**32).map(lambda seed: {"root": lopsided(random.Random(seed))}),
        _shaped(600),
        st.one_of(_deep_chain(), _shaped(40), _shaped(40)),  # a few very deep paths
    )


def sized(n: int, rnd: random.Random) -> dict:
    return {"root": spine_with_branches(n, rnd)}
