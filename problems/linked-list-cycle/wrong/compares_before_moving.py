# Wrong: compares the two pointers before moving them; both start at the head, so every
# list with at least two nodes is reported as having a cycle.
from __future__ import annotations

from trainer.structures import ListNode


def has_cycle(head: ListNode | None) -> bool:
    slow = fast = head
    while fast is not None and fast.next is not None:
        if slow is fast:
            return True
        slow = slow.next
        fast = fast.next.next
    return False
