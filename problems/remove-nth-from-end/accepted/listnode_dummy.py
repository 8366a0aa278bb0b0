# Accepted: one pass with fast and slow pointers behind a ListNode(0) dummy; fast starts
# n + 1 steps ahead, so slow stops just before the node to remove.
from __future__ import annotations

from trainer.structures import ListNode


def remove_nth_from_end(head: ListNode | None, n: int) -> ListNode | None:
    dummy = ListNode(0, head)
    fast = slow = dummy
    for _ in range(n + 1):
        fast = fast.next
    while fast:
        fast, slow = fast.next, slow.next
    slow.next = slow.next.next
    return dummy.next
