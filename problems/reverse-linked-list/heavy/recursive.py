# Heavy: reverses by recursion, right and O(n) in time, but as deep as the list is long:
# O(n) extra memory on the call stack where three pointers need none.
from __future__ import annotations

from trainer.structures import ListNode


def reverse_list(head: ListNode | None) -> ListNode | None:
    if head is None or head.next is None:
        return head
    new_head = reverse_list(head.next)
    head.next.next = head
    head.next = None
    return new_head
