# Slow: picks each next node by scanning the fronts of all k lists: O(N*k).
from __future__ import annotations

from trainer.structures import ListNode


def merge_k_lists(lists: list[ListNode | None]) -> ListNode | None:
    fronts = list(lists)
    dummy = ListNode()
    tail = dummy
    while True:
        best = -1
        for i, node in enumerate(fronts):
            if node is not None and (best < 0 or node.val < fronts[best].val):
                best = i
        if best < 0:
            break
        tail.next = fronts[best]
        tail = tail.next
        fronts[best] = fronts[best].next
    tail.next = None
    return dummy.next
