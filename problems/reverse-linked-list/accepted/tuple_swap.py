# Accepted: iterative, with one tuple assignment per step.
from __future__ import annotations

from trainer.structures import ListNode


def reverse_list(head: ListNode | None) -> ListNode | None:
    prev = None
    while head:
        prev, head.next, head = head, prev, head.next
    return prev
