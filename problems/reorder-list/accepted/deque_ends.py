# Accepted: a deque of the nodes after the head; takes from the right end and the left end
# in turn, appending each to the tail of the rebuilt list.
from __future__ import annotations

from collections import deque

from trainer.structures import ListNode


def reorder_list(head: ListNode | None) -> None:
    if not head:
        return
    rest = deque()
    node = head.next
    while node:
        rest.append(node)
        node = node.next
    tail = head
    from_right = True
    while rest:
        tail.next = rest.pop() if from_right else rest.popleft()
        tail = tail.next
        from_right = not from_right
    tail.next = None
