# Heavy: right and O(m + n) in time, but gathers every node in a Python list before
# relinking them: O(m + n) extra memory where relinking as you go needs none.
from __future__ import annotations

from trainer.structures import ListNode


def merge_two_lists(a: ListNode | None, b: ListNode | None) -> ListNode | None:
    nodes = []
    while a is not None and b is not None:
        if a.val <= b.val:
            nodes.append(a)
            a = a.next
        else:
            nodes.append(b)
            b = b.next
    rest = a if a is not None else b
    while rest is not None:
        nodes.append(rest)
        rest = rest.next
    for left, right in zip(nodes, nodes[1:]):
        left.next = right
    if nodes:
        nodes[-1].next = None
    return nodes[0] if nodes else None
