# Wrong: gives up after 10,000 steps and guesses that the list loops, but a list without a
# cycle can be longer than that.
from __future__ import annotations

from trainer.structures import ListNode


def has_cycle(head: ListNode | None) -> bool:
    node = head
    for _ in range(10_000):
        if node is None:
            return False
        node = node.next
    return True
