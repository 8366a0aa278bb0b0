# Accepted: iterative Hierholzer over sorted deques of destinations, inserting each
# finished airport at the front of a deque so that no reversal is needed.
from collections import defaultdict, deque


def find_itinerary(tickets: list[list[str]], start: str) -> list[str]:
    out = defaultdict(deque)
    for src, dst in sorted(tickets):
        out[src].append(dst)
    path = deque()
    stack = [start]
    while stack:
        while out[stack[-1]]:
            stack.append(out[stack[-1]].popleft())
        path.appendleft(stack.pop())
    return list(path)
