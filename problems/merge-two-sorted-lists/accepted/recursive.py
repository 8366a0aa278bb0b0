# Accepted: recursive merge, the smaller head followed by the merge of the rest.
from __future__ import annotations

from trainer.structures import ListNode


def merge_two_lists(a: ListNode | None, b: ListNode | None) -> ListNode | None:
    if a is None:
        return b
    if b is None:
        return a
    if a.val <= b.val:
        a.next = merge_two_lists(a.next, b)
        return a
    b.next = merge_two_lists(a, b.next)
    return b
