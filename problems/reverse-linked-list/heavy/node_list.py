# Heavy: collects the nodes in a Python list and relinks them backwards: right and O(n) in
# time, but O(n) extra memory.
from __future__ import annotations

from trainer.structures import ListNode


def reverse_list(head: ListNode | None) -> ListNode | None:
    nodes = []
    while head is not None:
        nodes.append(head)
        head = head.next
    for index in range(len(nodes) - 1, 0, -1):
        nodes[index].next = nodes[index - 1]
    if nodes:
        nodes[0].next = None
        return nodes[-1]
    return None
