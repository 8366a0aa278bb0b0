# Wrong: remembers the values it has seen instead of the nodes, so any repeated value is
# taken for a cycle.
from __future__ import annotations

from trainer.structures import ListNode


def has_cycle(head: ListNode | None) -> bool:
    seen = set()
    while head is not None:
        if head.val in seen:
            return True
        seen.add(head.val)
        head = head.next
    return False
