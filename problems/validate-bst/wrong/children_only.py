# Wrong: compares each node only with its own two children, so a value that is right for
# its parent but on the wrong side of a higher ancestor goes unnoticed.
from __future__ import annotations

from trainer.structures import TreeNode


def is_valid_bst(root: TreeNode | None) -> bool:
    if root is None:
        return True
    if root.left and root.left.val >= root.val:
        return False
    if root.right and root.right.val <= root.val:
        return False
    return is_valid_bst(root.left) and is_valid_bst(root.right)
