# Accepted: classic recursion: reverse the rest, then hang the head after its old next.
from __future__ import annotations

from trainer.structures import ListNode


def reverse_list(head: ListNode | None) -> ListNode | None:
    if head is None or head.next is None:
        return head
    new_head = reverse_list(head.next)
    head.next.next = head
    head.next = None
    return new_head
