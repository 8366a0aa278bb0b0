# Heavy: a recursive helper carrying (previous, current), the twin of the loop: right and
# O(n) in time, but Python does not drop tail calls, so it is as deep as the list is long.
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
