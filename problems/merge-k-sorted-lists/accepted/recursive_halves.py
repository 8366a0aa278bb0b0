# Accepted: recursive divide and conquer on index ranges, with a recursive two-list merge
# of short lists replaced by a loop.
from __future__ import annotations

from trainer.structures import ListNode


def merge_k_lists(lists: list[ListNode | None]) -> ListNode | None:
    def merge(a, b):
        head = tail = ListNode()
        while a is not None and b is not None:
            if b.val < a.val:
                a, b = b, a
            tail.next = a
            tail = a
            a = a.next
        tail.next = a if a is not None else b
        return head.next

    def solve(lo: int, hi: int):
        if lo >= hi:
            return None
        if hi - lo == 1:
            return lists[lo]
        mid = (lo + hi) // 2
        return merge(solve(lo, mid), solve(mid, hi))

    return solve(0, len(lists))
