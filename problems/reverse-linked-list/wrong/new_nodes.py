# Wrong: builds a new list with the values in reverse order instead of relinking the
# original nodes.
from __future__ import annotations

from trainer.structures import ListNode


def reverse_list(head: ListNode | None) -> ListNode | None:
    result = None
    while head is not None:
        result = ListNode(head.val, result)
        head = head.next
    return result
