# Accepted: Brent's cycle detection, teleporting the slow pointer at powers of two.
from __future__ import annotations

from trainer.structures import ListNode


def has_cycle(head: ListNode | None) -> bool:
    if head is None:
        return False
    power = length = 1
    tortoise, hare = head, head.next
    while hare is not None:
        if hare is tortoise:
            return True
        if power == length:
            tortoise = hare
            power *= 2
            length = 0
        hare = hare.next
        length += 1
    return False
