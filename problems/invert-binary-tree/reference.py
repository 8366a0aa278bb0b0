import random

from hypothesis import strategies as st

from trainer.problems.shapes import lopsided_trees, spine_with_branches, trees

VALUE = 100
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


# -- inputs: every tree shape, and two sides shaped differently ----------------------------
def inputs() -> st.SearchStrategy[dict]:
    return trees(600, MAX_CHAIN, VALUE, lopsided_trees()).map(lambda tree: {"root": tree})


def sized(n: int, rnd: random.Random) -> dict:
    return {"root": spine_with_branches(n, rnd, MAX_CHAIN, VALUE)}
