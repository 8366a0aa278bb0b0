# Accepted: fast starts one ahead; running off the end raises AttributeError, caught as False.
from __future__ import annotations

from trainer.structures import ListNode


def has_cycle(head: ListNode | None) -> bool:
    try:
        slow = head
        fast = head.next
        while slow is not fast:
            slow = slow.next
            fast = fast.next.next
        return True
    except AttributeError:
        return False
