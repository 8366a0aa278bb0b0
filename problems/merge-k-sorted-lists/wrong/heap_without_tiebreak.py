# Wrong: pushes (value, node) pairs, so two fronts with equal values make heapq compare
# the nodes themselves, and ListNode has no order: a TypeError on any tie.
from __future__ import annotations

import heapq

from trainer.structures import ListNode


def merge_k_lists(lists: list[ListNode | None]) -> ListNode | None:
    heap = []
    for node in lists:
        if node:
            heapq.heappush(heap, (node.val, node))
    dummy = ListNode()
    tail = dummy
    while heap:
        _, node = heapq.heappop(heap)
        tail.next = node
        tail = node
        if node.next:
            heapq.heappush(heap, (node.next.val, node.next))
    return dummy.next
