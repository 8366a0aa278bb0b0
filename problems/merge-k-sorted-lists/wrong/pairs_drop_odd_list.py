# Wrong: merges the lists in pairs with range(0, len - 1, 2), so when a round has an odd
# number of lists the last one is silently dropped.
from __future__ import annotations

from trainer.structures import ListNode


def merge_two(a, b):
    dummy = tail = ListNode()
    while a and b:
        if a.val <= b.val:
            tail.next, a = a, a.next
        else:
            tail.next, b = b, b.next
        tail = tail.next
    tail.next = a or b
    return dummy.next


def merge_k_lists(lists: list[ListNode | None]) -> ListNode | None:
    if not lists:
        return None
    while len(lists) > 1:
        lists = [merge_two(lists[i], lists[i + 1]) for i in range(0, len(lists) - 1, 2)]
    return lists[0]
