# Accepted: recursive helper carrying (previous, current), the recursive twin of the loop.
from __future__ import annotations

from trainer.structures import ListNode


def reverse_list(head: ListNode | None) -> ListNode | None:
    def go(prev, cur):
        if cur is None:
            return prev
        nxt = cur.next
        cur.next = prev
        return go(cur, nxt)

    return go(None, head)
