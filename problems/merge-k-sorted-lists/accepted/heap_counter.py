# Accepted: heapq with an itertools counter as the tie-breaker, pushing every list's head.
from __future__ import annotations

import heapq
import itertools

from trainer.structures import ListNode


def merge_k_lists(lists: list[ListNode | None]) -> ListNode | None:
    counter = itertools.count()
    heap = []
    for node in lists:
        if node:
            heapq.heappush(heap, (node.val, next(counter), node))
    dummy = ListNode(0)
    cur = dummy
    while heap:
        val, _, node = heapq.heappop(heap)
        cur.next = node
        cur = node
        if node.next:
            heapq.heappush(heap, (node.next.val, next(counter), node.next))
    cur.next = None
    return dummy.next
