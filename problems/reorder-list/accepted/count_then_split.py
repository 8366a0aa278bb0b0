# Accepted: counts the nodes, walks (n - 1) // 2 steps to the end of the first half, cuts
# there, reverses the rest, and splices its nodes in one by one.
from __future__ import annotations

from trainer.structures import ListNode


def reorder_list(head: ListNode | None) -> None:
    n = 0
    node = head
    while node:
        n += 1
        node = node.next
    if n < 3:
        return
    mid = head
    for _ in range((n - 1) // 2):
        mid = mid.next
    rest = mid.next
    mid.next = None
    reversed_rest = None
    while rest:
        rest.next, reversed_rest, rest = reversed_rest, rest, rest.next
    a = head
    while reversed_rest:
        b = reversed_rest
        reversed_rest = b.next
        b.next = a.next
        a.next = b
        a = b.next
