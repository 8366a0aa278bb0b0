# Accepted: puts the nodes in a Python list, reverses each full slice of k, and relinks.
from __future__ import annotations

from trainer.structures import ListNode


def reverse_k_group(head: ListNode | None, k: int) -> ListNode | None:
    nodes = []
    while head:
        nodes.append(head)
        head = head.next
    for start in range(0, len(nodes) - k + 1, k):
        nodes[start:start + k] = nodes[start:start + k][::-1]
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
    nodes[-1].next = None
    return nodes[0]
