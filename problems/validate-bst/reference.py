import random

from hypothesis import strategies as st

from trainer.problems.shapes import level_order, spine_with_branches, trees
from trainer.problems.structures import build_tree

LOW, HIGH = -2**31, 2**31 - 1
MAX_CHAIN = 5_000
# Correctness inputs stay within 800 deep, so that scanning subtrees at every node (the
# O(n^2) approach) finishes each of them within the per-call limit; the complexity check
# rejects it.
CASE_CHAIN = 800


def is_valid_bst(root):
    """Iterative, each node checked against the exclusive bounds its ancestors set."""
    stack = [(root, None, None)]
    while stack:
        node, low, high = stack.pop()
        if node is None:
            continue
        if (low is not None and node.val <= low) or (high is not None and node.val >= high):
            return False
        stack.append((node.left, low, node.val))
        stack.append((node.right, node.val, high))
    return True


def _inorder(root) -> list:
    out, stack, node = [], [], root
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        out.append(node)
        node = node.right
    return out


def _values(rnd: random.Random, n: int, kind: str) -> list[int]:
    """n distinct values, sorted: small, spread over the 32-bit range, or with both 32-bit
    extremes."""
    if kind == "small":
        values = sorted(rnd.sample(range(-3 * n - 3, 3 * n + 3), n))
    else:
        values = sorted(rnd.sample(range(LOW, HIGH + 1), n))
    if kind == "extremes" and n >= 1:
        values[0] = LOW
        if n >= 2:
            values[-1] = HIGH
    return values


def as_bst(tree: list, rnd: random.Random, kind: str) -> list:
    """The same shape, its values replaced in in-order by increasing ones: a valid BST."""
    root = build_tree(tree)
    nodes = _inorder(root)
    for node, value in zip(nodes, _values(rnd, len(nodes), kind), strict=True):
        node.val = value
    return level_order(root)


def _break(tree: list, rnd: random.Random, how: str) -> list:
    """A valid BST made invalid: two values swapped, one value repeated next to itself in
    in-order, or a value right for its parent but outside a higher ancestor's bound."""
    root = build_tree(tree)
    nodes = _inorder(root)
    if len(nodes) < 2:
        return tree
    if how == "swap":
        i, j = rnd.sample(range(len(nodes)), 2)
        nodes[i].val, nodes[j].val = nodes[j].val, nodes[i].val
    elif how == "duplicate":
        i = rnd.randrange(len(nodes) - 1)
        if rnd.random() < 0.5:
            nodes[i].val = nodes[i + 1].val
        else:
            nodes[i + 1].val = nodes[i].val
    else:  # an ancestor above the parent is violated
        candidates = []
        stack = [(root, None, None, None, None)]  # node, low, high, from parent: low?, high?
        while stack:
            node, low, high, parent_low, parent_high = stack.pop()
            if node is None:
                continue
            if node.left is None and node.right is None:
                if parent_high and low is not None:  # a left child; low set higher up
                    candidates.append((node, low, "below"))
                if parent_low and high is not None:  # a right child; high set higher up
                    candidates.append((node, high, "above"))
            stack.append((node.left, low, node.val, False, True))
            stack.append((node.right, node.val, high, True, False))
        if not candidates:
            return _break(tree, rnd, "swap")
        node, bound, side = rnd.choice(candidates)
        step = rnd.choice([0, 1, rnd.randint(1, 1000)])  # 0: equal to the ancestor
        node.val = max(LOW, bound - step) if side == "below" else min(HIGH, bound + step)
    return level_order(root)


_SHAPES = trees(400, CASE_CHAIN, 0)  # built once: each call defines new strategies


@st.composite
def _case(draw: st.DrawFn) -> list:
    shape = draw(_SHAPES)
    rnd = random.Random(draw(st.integers(0, 2**32)))
    tree = as_bst(shape, rnd, draw(st.sampled_from(["small", "wide", "extremes"])))
    how = draw(st.sampled_from(["valid", "valid", "swap", "duplicate", "ancestor",
                                "ancestor"]))
    return tree if how == "valid" else _break(tree, rnd, how)


def inputs() -> st.SearchStrategy[dict]:
    free = st.lists(st.one_of(st.none(), st.integers(-3, 3), st.sampled_from([LOW, HIGH])),
                    max_size=12).map(lambda items: level_order(build_tree(items)))
    return st.one_of(
        st.just([]),
        st.sampled_from([[LOW], [HIGH], [0]]),
        st.sampled_from([[HIGH, LOW], [LOW, None, HIGH], [HIGH, HIGH], [LOW, LOW],
                         [0, LOW, HIGH]]),
        free,
        _case(),
        _case(),
        _case(),
    ).map(lambda tree: {"root": tree})


def sized(n: int, rnd: random.Random) -> dict:
    """A valid BST shaped as a deep spine with short branches: nothing stops a search
    early, and scanning subtrees from every node is quadratic."""
    return {"root": as_bst(spine_with_branches(n, rnd, MAX_CHAIN, 0), rnd, "extremes")}
