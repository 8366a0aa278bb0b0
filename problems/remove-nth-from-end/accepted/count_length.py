# Accepted: two passes; counts the nodes, then walks to the node before position
# length - n (removing the head when n equals the length).
from __future__ import annotations

from trainer.structures import ListNode


def remove_nth_from_end(head: ListNode | None, n: int) -> ListNode | None:
    length = 0
    node = head
    while node:
        length += 1
        node = node.next
    if n == length:
        return head.next
    before = head
    for _ in range(length - n - 1):
        before = before.next
    before.next = before.next.next
    return head
