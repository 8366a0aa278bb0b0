import random

from hypothesis import strategies as st

from trainer.problems.shapes import bst_from_order
from trainer.problems.structures import build_tree

VALUE = 10**9
MAX_NODES = 10**4


def lowest_common_ancestor_bst(root, p, q):
    low, high = min(p, q), max(p, q)
    node = root
    while True:
        if high < node.val:
            node = node.left
        elif low > node.val:
            node = node.right
        else:
            return node.val


def _values(rnd: random.Random, n: int, span: int) -> list[int]:
    return rnd.sample(range(-span, span + 1), n) if span < 10**6 else [
        rnd.randint(-VALUE, VALUE) for _ in range(n)]


def _path_to(root, value) -> list[int]:
    path, node = [], root
    while node is not None:
        path.append(node.val)
        if node.val == value:
            break
        node = node.left if value < node.val else node.right
    return path


@st.composite
def _case(draw: st.DrawFn, most: int, orders: tuple[str, ...]) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = draw(st.integers(1, most))
    span = draw(st.sampled_from([n, 3 * n, VALUE]))
    values = list(dict.fromkeys(_values(rnd, n, span)))
    order = draw(st.sampled_from(orders))
    if order == "sorted":
        values.sort()
    elif order == "reversed":
        values.sort(reverse=True)
    elif order == "nearly sorted":  # deep, with a few branches
        values.sort(reverse=rnd.random() < 0.5)
        for _ in range(rnd.randint(1, 5)):
            i, j = rnd.randrange(len(values)), rnd.randrange(len(values))
            values[i], values[j] = values[j], values[i]
    elif order == "zigzag":  # alternately from both ends: a zigzag path
        values.sort()
        values = [values[i // 2] if i % 2 == 0 else values[-1 - i // 2]
                  for i in range(len(values))]
    tree = bst_from_order(values)
    root = build_tree(tree)
    kind = draw(st.sampled_from(["random", "equal", "ancestor", "sides", "root"]))
    if kind == "equal":
        p = q = rnd.choice(values)
    elif kind == "ancestor":  # p on the path from the root to q
        q = rnd.choice(values)
        p = rnd.choice(_path_to(root, q))
    elif kind == "sides" and root.left is not None and root.right is not None:
        p = rnd.choice([v for v in values if v < root.val])
        q = rnd.choice([v for v in values if v > root.val])
    elif kind == "root":
        p, q = root.val, rnd.choice(values)
    else:
        p, q = rnd.choice(values), rnd.choice(values)
    if draw(st.booleans()):
        p, q = q, p
    return {"root": tree, "p": p, "q": q}


def inputs() -> st.SearchStrategy[dict]:
    bushy = ("random", "random", "nearly sorted", "zigzag", "sorted", "reversed")
    return st.one_of(
        st.integers(-VALUE, VALUE).map(lambda v: {"root": [v], "p": v, "q": v}),
        _case(3, bushy),
        _case(12, bushy),
        _case(12, bushy),
        _case(200, bushy),
        _case(400, ("random",)),
        st.one_of(_case(5000, ("sorted", "reversed", "zigzag")), _case(12, bushy),
                  _case(200, bushy)),  # now and then a path thousands deep
    )


def sized(n: int, rnd: random.Random) -> dict:
    """A random insertion order (height about 2.5 log n), p and q two deep leaves: a walk
    down one path is short, a search of the whole tree visits every node."""
    values = rnd.sample(range(-VALUE, VALUE), n)
    tree = bst_from_order(values)
    root = build_tree(tree)
    deepest = []
    for value in rnd.sample(values, min(n, 40)):
        deepest.append((len(_path_to(root, value)), value))
    deepest.sort()
    return {"root": tree, "p": deepest[-1][1], "q": deepest[-2][1] if n > 1 else deepest[-1][1]}
