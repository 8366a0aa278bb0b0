# Wrong: the loop stops while cur.next exists, so the last node is never attached: it
# returns the old second-to-last node as the head and loses the old tail.
from __future__ import annotations

from trainer.structures import ListNode


def reverse_list(head: ListNode | None) -> ListNode | None:
    if head is None:
        return None
    prev = None
    cur = head
    while cur.next is not None:
        nxt = cur.next
        cur.next = prev
        prev = cur
        cur = nxt
    return prev if prev is not None else head
