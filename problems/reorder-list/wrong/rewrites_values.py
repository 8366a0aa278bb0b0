# Wrong: reads the values into a list and writes them back in the new order, so the values
# come out right but each node stays where it was: the nodes must be relinked, not edited.
from __future__ import annotations

from trainer.structures import ListNode


def reorder_list(head: ListNode | None) -> None:
    values = []
    node = head
    while node:
        values.append(node.val)
        node = node.next
    order = []
    i, j = 0, len(values) - 1
    while i <= j:
        order.append(values[i])
        if i != j:
            order.append(values[j])
        i += 1
        j -= 1
    node = head
    for value in order:
        node.val = value
        node = node.next
