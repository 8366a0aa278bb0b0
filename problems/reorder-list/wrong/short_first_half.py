# Wrong: keeps only n // 2 nodes in the first half and stops interleaving when the first
# half runs out, so for an odd length the middle node at the end of the second half is lost.
from __future__ import annotations

from trainer.structures import ListNode


def reorder_list(head: ListNode | None) -> None:
    n, node = 0, head
    while node:
        n, node = n + 1, node.next
    if n < 2:
        return
    end = head
    for _ in range(n // 2 - 1):
        end = end.next
    rest, end.next = end.next, None
    prev = None
    while rest:
        rest.next, prev, rest = prev, rest, rest.next
    first, second = head, prev
    while first and second:
        first_next, second_next = first.next, second.next
        first.next = second
        second.next = first_next
        if first_next is None:
            second.next = None
        first, second = first_next, second_next
