# Wrong: reverses every block, including a last one shorter than k, which should keep its
# order.
from __future__ import annotations

from trainer.structures import ListNode


def reverse_k_group(head: ListNode | None, k: int) -> ListNode | None:
    dummy = ListNode(0, head)
    before = dummy
    while before.next:
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
    return dummy.next
