# Accepted: counts the nodes first, then reverses n // k blocks with a dummy head, each by
# moving nodes one at a time to the front of the block.
from __future__ import annotations

from trainer.structures import ListNode


def reverse_k_group(head: ListNode | None, k: int) -> ListNode | None:
    n = 0
    node = head
    while node:
        n += 1
        node = node.next
    dummy = ListNode(0, head)
    prev = dummy
    for _ in range(n // k):
        tail = prev.next  # the block's first node, which ends up last
        for _ in range(k - 1):
            moved = tail.next
            tail.next = moved.next
            moved.next = prev.next
            prev.next = moved
        prev = tail
    return dummy.next
