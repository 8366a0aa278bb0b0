# Wrong: without a node in front of the head, when n equals the length the fast pointer
# runs off the end (fast is None) and fast.next raises instead of removing the head.
from __future__ import annotations

from trainer.structures import ListNode


def remove_nth_from_end(head: ListNode | None, n: int) -> ListNode | None:
    fast = slow = head
    for _ in range(n):
        fast = fast.next
    while fast.next:
        fast = fast.next
        slow = slow.next
    slow.next = slow.next.next
    return head
