# Heavy: the classic recursion, right and O(m + n) in time, but as deep as the two lists
# are long together: O(m + n) extra memory on the call stack.
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
