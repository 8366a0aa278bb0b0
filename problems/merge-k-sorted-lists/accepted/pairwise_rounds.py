# Accepted: divide and conquer, merging the lists in pairs round after round (log k rounds).
from __future__ import annotations

from trainer.structures import ListNode


def merge_two(a: ListNode | None, b: ListNode | None) -> ListNode | None:
    dummy = ListNode()
    tail = dummy
    while a and b:
        if a.val <= b.val:
            tail.next = a
            a = a.next
        else:
            tail.next = b
            b = b.next
        tail = tail.next
    tail.next = a or b
    return dummy.next


def merge_k_lists(lists: list[ListNode | None]) -> ListNode | None:
    if not lists:
        return None
    lists = list(lists)
    while len(lists) > 1:
        merged = []
        for i in range(0, len(lists), 2):
            merged.append(merge_two(lists[i], lists[i + 1] if i + 1 < len(lists) else None))
        lists = merged
    return lists[0]
