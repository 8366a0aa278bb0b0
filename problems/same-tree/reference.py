import random

from hypothesis import strategies as st

from trainer.problems.shapes import level_order, lopsided_trees, random_tree, trees
from trainer.problems.structures import TreeNode, build_tree

VALUE = 100
MAX_CHAIN = 5_000


def is_same_tree(p, q):
    pairs = [(p, q)]
    while pairs:
        a, b = pairs.pop()
        if a is None and b is None:
            continue
        if a is None or b is None or a.val != b.val:
            return False
        pairs.append((a.left, b.left))
        pairs.append((a.right, b.right))
    return True


# -- inputs: q a copy of p, half the time with one change ---------------------------------
def _nodes(root: TreeNode | None) -> list[TreeNode]:
    found, stack = [], [root]
    while stack:
        node = stack.pop()
        if node is not None:
            found.append(node)
            stack += [node.left, node.right]
    return found


def changed(tree: list[int | None], kind: str, rnd: random.Random) -> list[int | None]:
    """A copy of the tree with one change of the given kind (where the tree allows it)."""
    root = build_tree(tree)
    nodes = _nodes(root)
    if not nodes:
        return [rnd.randint(-VALUE, VALUE)]  # a node where p has none
    if kind == "value":
        node = rnd.choice(nodes)
        node.val = rnd.choice([v for v in (node.val - 1, node.val + 1) if abs(v) <= VALUE])
    elif kind == "remove":
        leaves = [n for n in nodes if n.left is None and n.right is None]
        leaf = rnd.choice(leaves)
        if leaf is root:
            return []
        parent = next(n for n in nodes if leaf in (n.left, n.right))
        if parent.left is leaf:
            parent.left = None
        else:
            parent.right = None
    elif kind == "add":
        slots = [(n, side) for n in nodes for side in ("left", "right")
                 if getattr(n, side) is None]
        node, side = rnd.choice(slots)
        setattr(node, side, TreeNode(rnd.randint(-VALUE, VALUE)))
    else:  # swap the children of a node whose two sides differ (a few nodes tried)
        for node in rnd.sample(nodes, min(30, len(nodes))):
            if level_order(node.left) != level_order(node.right):
                node.left, node.right = node.right, node.left
                break
        else:
            return changed(tree, "add", rnd)
    return level_order(root)


@st.composite
def _pair(draw: st.DrawFn, shapes: st.SearchStrategy[list]) -> dict:
    p = draw(shapes)
    if draw(st.booleans()):
        return {"p": p, "q": list(p)}
    kind = draw(st.sampled_from(["value", "remove", "add", "swap"]))
    q = changed(p, kind, random.Random(draw(st.integers(0, 2**32))))
    return {"p": q, "q": p} if draw(st.booleans()) else {"p": p, "q": q}


def inputs() -> st.SearchStrategy[dict]:
    small = trees(40, 300, VALUE, lopsided_trees())
    return st.one_of(
        st.just({"p": [], "q": []}),
        trees(40, 300, VALUE).filter(bool).flatmap(
            lambda t: st.sampled_from([{"p": t, "q": []}, {"p": [], "q": t}])),
        _pair(small),
        _pair(small),
        _pair(trees(600, MAX_CHAIN, VALUE)),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """Two identical random trees: every pair of nodes must be compared."""
    tree = random_tree(n, rnd, VALUE)
    return {"p": tree, "q": list(tree)}
