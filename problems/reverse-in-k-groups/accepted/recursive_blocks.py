# Accepted: recursive, one call per block: reverse the first k nodes, then attach the
# answer for the rest of the list.
from __future__ import annotations

from trainer.structures import ListNode


def reverse_k_group(head: ListNode | None, k: int) -> ListNode | None:
    node = head
    for _ in range(k):
        if node is None:
            return head
        node = node.next
    rest = reverse_k_group(node, k)
    prev, cur = rest, head
    for _ in range(k):
        nxt = cur.next
        cur.next = prev
        prev = cur
        cur = nxt
    return prev
