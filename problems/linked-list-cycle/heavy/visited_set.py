# Heavy: right and O(n) in time, but remembers every node it has seen in a set: O(n) extra
# memory where two pointers need none.
from __future__ import annotations

from trainer.structures import ListNode


def has_cycle(head: ListNode | None) -> bool:
    visited = set()
    node = head
    while node:
        if node in visited:
            return True
        visited.add(node)
        node = node.next
    return False
