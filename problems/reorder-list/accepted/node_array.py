# Accepted: collects the nodes in a Python list, then relinks them from both ends with two
# indices moving towards each other (O(n) extra memory, which this problem allows).
from __future__ import annotations

from trainer.structures import ListNode


def reorder_list(head: ListNode | None) -> None:
    nodes = []
    node = head
    while node:
        nodes.append(node)
        node = node.next
    i, j = 0, len(nodes) - 1
    while i < j:
        nodes[i].next = nodes[j]
        i += 1
        if i == j:
            break
        nodes[j].next = nodes[i]
        j -= 1
    if nodes:
        nodes[i].next = None
