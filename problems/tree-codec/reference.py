import random
from collections import deque

from hypothesis import strategies as st

from trainer.problems.shapes import chain, random_tree, trees
from trainer.problems.structures import TreeNode

BIG = 10**9
CASE_CHAIN = 1_000


class TreeCodec:
    """Level order, one token per child slot: a value, or '#' for a missing child, joined
    by commas. Decoding reads the tokens with one index, handing each node its two
    children in turn, so the shape comes back exactly. O(n) both ways, no recursion."""

    def serialize(self, root: TreeNode | None) -> str:
        tokens: list[str] = []
        queue = deque([root])
        while queue:
            node = queue.popleft()
            if node is None:
                tokens.append("#")
                continue
            tokens.append(str(node.val))
            queue.append(node.left)
            queue.append(node.right)
        return ",".join(tokens)

    def deserialize(self, data: str) -> TreeNode | None:
        tokens = data.split(",")
        if tokens[0] == "#":
            return None
        root = TreeNode(int(tokens[0]))
        queue = deque([root])
        i = 1
        while queue:
            node = queue.popleft()
            if tokens[i] != "#":
                node.left = TreeNode(int(tokens[i]))
                queue.append(node.left)
            if tokens[i + 1] != "#":
                node.right = TreeNode(int(tokens[i + 1]))
                queue.append(node.right)
            i += 2
        return root


def check_serialize(model: TreeCodec, args: dict, got: str, memo: dict) -> str | None:
    """Any string is a fine encoding: only what deserialize makes of it is judged."""
    return None


# -- inputs ----------------------------------------------------------------------------
# Paths stay within 1000 nodes (most within 300) in the generated cases, so that a quadratic decoder (one
# that copies or splits the rest of the tokens for each node) still answers each within
# the call and memory limits and is told apart by the timing ladder instead.
@st.composite
def _few_values(draw: st.DrawFn) -> list[int | None]:
    """Up to 150 nodes with values from a handful, so duplicates are everywhere (a tree
    rebuilt from preorder and inorder values goes wrong)."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = draw(st.integers(2, 150))
    kind = draw(st.sampled_from(["random", "random", "left", "right", "zigzag", "random-path"]))
    if kind == "random":
        return random_tree(n, rnd, 2)
    return chain(n, rnd, kind.removesuffix("-path"), 2)


@st.composite
def _extremes(draw: st.DrawFn) -> list[int | None]:
    """Values at -10^9, 0 and 10^9 only, on a small random tree."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    tree = random_tree(draw(st.integers(1, 60)), rnd, 1)
    return [None if v is None else v * BIG for v in tree]


@st.composite
def _deep(draw: st.DrawFn) -> list[int | None]:
    """A path of 500..1000 nodes, left, right, zigzag or either at random."""
    side = draw(st.sampled_from(["left", "right", "zigzag", "random"]))
    n = draw(st.integers(CASE_CHAIN // 2, CASE_CHAIN))
    return chain(n, random.Random(draw(st.integers(0, 2**32))), side, BIG)


FIXED = [[], [0], [-1], [BIG], [-BIG], [1, 2], [1, None, 2], [1, 1, 1], [0, 0, None, 0],
         [1, 2, 3, None, None, 4, 5], [-5, None, -3, -4], [7, 7, None, None, 7]]
TREES = st.one_of(
    st.sampled_from(FIXED),
    trees(120, 300, BIG),
    trees(120, 300, 3),
    _few_values(),
    _extremes(),
    st.one_of(_deep(), *[st.sampled_from(FIXED)] * 5),  # a few deep paths
)


def operations() -> dict:
    return {
        "serialize": st.fixed_dictionaries({"root": TREES}),
        "deserialize": st.just({"data": {"$answer": "serialize"}}),
        "__init__": st.just({}),  # a fresh codec: deserialize works from the string alone
    }


def precondition(model: TreeCodec, name: str, answered: set[str]) -> bool:
    """deserialize only once serialize has returned something to decode."""
    return name != "deserialize" or "serialize" in answered


def sized(n: int, rnd: random.Random) -> dict:
    """One random tree of n nodes with values up to 10^9 in size, serialized, then
    deserialized on a fresh codec: a decoder that pops tokens from the front of a list,
    or slices the rest of the string after each one, is quadratic."""
    root = random_tree(n, rnd, BIG)
    return {"init": {}, "calls": [["serialize", {"root": root}], ["__init__", {}],
                                  ["deserialize", {"data": {"$answer": "serialize"}}]]}
