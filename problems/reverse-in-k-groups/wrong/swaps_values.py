# Wrong: reverses the values inside each block and leaves the nodes where they were: the
# values come out right, but the nodes are not relinked.
from __future__ import annotations

from trainer.structures import ListNode


def reverse_k_group(head: ListNode | None, k: int) -> ListNode | None:
    block = []
    node = head
    while node:
        block.append(node)
        if len(block) == k:
            values = [n.val for n in block]
            for n, v in zip(block, reversed(values)):
                n.val = v
            block = []
        node = node.next
    return head
