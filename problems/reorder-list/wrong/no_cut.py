# Wrong: reverses the second half but never cuts the first half off it (no mid.next =
# None), so the old middle still points into the reversed half and the list gets a cycle.
from __future__ import annotations

from trainer.structures import ListNode


def reorder_list(head: ListNode | None) -> None:
    if head is None:
        return
    slow = fast = head
    while fast.next and fast.next.next:
        slow = slow.next
        fast = fast.next.next
    prev, cur = None, slow.next
    while cur:
        cur.next, prev, cur = prev, cur, cur.next
    first, second = head, prev
    while second:
        first_next, second_next = first.next, second.next
        first.next = second
        second.next = first_next
        first, second = first_next, second_next
