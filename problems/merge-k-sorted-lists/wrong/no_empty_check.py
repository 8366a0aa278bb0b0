# Wrong: fills the heap with every entry's head without skipping None, so an empty list
# among the others crashes with an AttributeError.
from __future__ import annotations

import heapq

from trainer.structures import ListNode


def merge_k_lists(lists: list[ListNode | None]) -> ListNode | None:
    heap = [(node.val, i, node) for i, node in enumerate(lists)]
    heapq.heapify(heap)
    dummy = ListNode()
    tail = dummy
    while heap:
        _, i, node = heapq.heappop(heap)
        tail.next = node
        tail = node
        if node.next:
            heapq.heappush(heap, (node.next.val, i, node.next))
    return dummy.next
