# Accepted: a collections.deque used as the stack, with a closer -> opener dict.
from collections import deque


def is_valid_brackets(s: str) -> bool:
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = deque()
    for c in s:
        if c in "([{":
            stack.append(c)
        else:
            if not stack:
                return False
            if stack[-1] != pairs[c]:
                return False
            stack.pop()
    return not stack
