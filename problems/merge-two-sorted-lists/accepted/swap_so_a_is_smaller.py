# Accepted: no dummy node; keeps `a` as the list with the smaller front by swapping,
# and walks along it splicing in nodes of `b`.
from __future__ import annotations

from trainer.structures import ListNode


def merge_two_lists(a: ListNode | None, b: ListNode | None) -> ListNode | None:
    if a is None or b is None:
        return a or b
    if b.val < a.val:
        a, b = b, a
    head = a
    while a.next is not None and b is not None:
        if b.val < a.next.val:
            a.next, b = b, a.next  # splice b's run in; the rest of a becomes "b"
        a = a.next
    if a.next is None:
        a.next = b
    return head
