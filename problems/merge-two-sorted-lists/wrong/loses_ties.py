# Wrong: on equal values it takes the node of a and moves past both fronts, so the equal
# node of b is skipped.
from __future__ import annotations

from trainer.structures import ListNode


def merge_two_lists(a: ListNode | None, b: ListNode | None) -> ListNode | None:
    dummy = ListNode()
    tail = dummy
    while a is not None and b is not None:
        if a.val < b.val:
            tail.next, a = a, a.next
        elif b.val < a.val:
            tail.next, b = b, b.next
        else:
            tail.next, a, b = a, a.next, b.next
        tail = tail.next
    tail.next = a if a is not None else b
    return dummy.next
