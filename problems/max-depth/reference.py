import random

from hypothesis import strategies as st

from trainer.problems.shapes import lopsided_trees, spine_with_branches, trees

VALUE = 100
MAX_CHAIN = 5_000


def max_depth(root):
    if root is None:
        return 0
    depth = 0
    level = [root]
    while level:
        depth += 1
        level = [child for node in level for child in (node.left, node.right) if child]
    return depth


# -- inputs: every tree shape, and two sides shaped differently ----------------------------
def inputs() -> st.SearchStrategy[dict]:
    return trees(1000, MAX_CHAIN, VALUE, lopsided_trees()).map(lambda tree: {"root": tree})


def sized(n: int, rnd: random.Random) -> dict:
    return {"root": spine_with_branches(n, rnd, MAX_CHAIN, VALUE)}
