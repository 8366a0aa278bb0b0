# Slow: merges each list into the growing result in turn, re-walking the result every
# time: O(N*k).
from __future__ import annotations

from trainer.structures import ListNode


def merge_k_lists(lists: list[ListNode | None]) -> ListNode | None:
    result = None
    for head in lists:
        dummy = tail = ListNode()
        a, b = result, head
        while a and b:
            if a.val <= b.val:
                tail.next, a = a, a.next
            else:
                tail.next, b = b, b.next
            tail = tail.next
        tail.next = a or b
        result = dummy.next
    return result
