# Accepted: puts the nodes in a Python list and unlinks nodes[-n] by its neighbours.
from __future__ import annotations

from trainer.structures import ListNode


def remove_nth_from_end(head: ListNode | None, n: int) -> ListNode | None:
    nodes = []
    while head is not None:
        nodes.append(head)
        head = head.next
    gone = len(nodes) - n
    if gone == 0:
        return nodes[1] if len(nodes) > 1 else None
    nodes[gone - 1].next = nodes[gone].next
    return nodes[0]
