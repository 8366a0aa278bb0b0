import random

from hypothesis import strategies as st

from trainer.shapes import level_order, spine_with_branches, trees
from trainer.structures import TreeNode

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
def lopsided(rnd: random.Random) -> list:
    """Two differently shaped sides: mirroring shows in the shape, not only the values."""
    left = TreeNode(1, TreeNode(2), TreeNode(3))
    right = TreeNode(4, None, TreeNode(5, TreeNode(6, None, TreeNode(7))))
    root = TreeNode(0, left, right) if rnd.random() < 0.5 else TreeNode(0, right, left)
    return level_order(root)


def inputs() -> st.SearchStrategy[dict]:
    lopsided_trees = st.integers(0, 2**32).map(lambda seed: lopsided(random.Random(seed)))
    return trees(600, MAX_CHAIN, VALUE, lopsided_trees).map(lambda tree: {"root": tree})


def sized(n: int, rnd: random.Random) -> dict:
    return {"root": spine_with_branches(n, rnd, MAX_CHAIN, VALUE)}
