# Correct but O(n^2): for each node from the front, walks to the end of the list to detach
# the last node and splice it in right after.
from __future__ import annotations

from trainer.structures import ListNode


def reorder_list(head: ListNode | None) -> None:
    cur = head
    while cur and cur.next and cur.next.next:
        before_last = cur
        while before_last.next.next:
            before_last = before_last.next
        last = before_last.next
        before_last.next = None
        last.next = cur.next
        cur.next = last
        cur = last.next
