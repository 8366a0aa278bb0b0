# Wrong: walks length - n steps instead of length - n - 1 before unlinking, so it removes
# the node after the right one (the (n-1)-th from the end).
from __future__ import annotations

from trainer.structures import ListNode


def remove_nth_from_end(head: ListNode | None, n: int) -> ListNode | None:
    length = 0
    node = head
    while node:
        length += 1
        node = node.next
    if length == 1:
        return None
    before = head
    for _ in range(length - n):
        if before.next.next is None:
            break
        before = before.next
    before.next = before.next.next
    return head
