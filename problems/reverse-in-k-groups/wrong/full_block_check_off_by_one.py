# Wrong: checks for a full block by looking only k - 1 nodes ahead, so a last block of
# exactly k - 1 nodes is reversed as if it were complete.
from __future__ import annotations

from trainer.structures import ListNode


def reverse_k_group(head: ListNode | None, k: int) -> ListNode | None:
    dummy = ListNode(0, head)
    before = dummy
    while True:
        probe = before.next
        for _ in range(k - 1):
            if probe is None:
                return dummy.next
            probe = probe.next
        if before.next is None:
            return dummy.next
        first = before.next
        prev, cur, count = None, first, 0
        while cur and count < k:
            nxt = cur.next
            cur.next = prev
            prev, cur = cur, nxt
            count += 1
        before.next = prev
        first.next = cur
        before = first
