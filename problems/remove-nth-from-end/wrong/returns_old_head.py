# Wrong: uses a dummy node but returns the original head, so when the head itself is
# removed the removed node is returned as the new list.
from __future__ import annotations

from trainer.structures import ListNode


def remove_nth_from_end(head: ListNode | None, n: int) -> ListNode | None:
    dummy = ListNode(0, head)
    fast = slow = dummy
    for _ in range(n):
        fast = fast.next
    while fast.next:
        fast, slow = fast.next, slow.next
    slow.next = slow.next.next
    return head
