"""ListNode and TreeNode, where solutions import them: `from trainer.structures import ListNode`.

Stubs written by `trainer next` name this module, and learners' files keep doing so; the
classes themselves belong to the problem model (trainer/problems/structures.py).
"""

from trainer.problems.structures import ListNode, TreeNode

__all__ = ["ListNode", "TreeNode"]
