# Accepted: collects every node, sorts the nodes by value and relinks them: O(N log N).
from __future__ import annotations

from trainer.structures import ListNode


def merge_k_lists(lists: list[ListNode | None]) -> ListNode | None:
    nodes = []
    for head in lists:
        while head:
            nodes.append(head)
            head = head.next
    if not nodes:
        return None
    nodes.sort(key=lambda node: node.val)
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
    nodes[-1].next = None
    return nodes[0]
