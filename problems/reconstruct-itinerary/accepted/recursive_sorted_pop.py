# Accepted: recursive Hierholzer over destination lists sorted in reverse, popping the
# smallest from the end; airports are appended when they run out of tickets, then reversed.
from collections import defaultdict


def find_itinerary(tickets: list[list[str]], start: str) -> list[str]:
    targets = defaultdict(list)
    for a, b in sorted(tickets)[::-1]:
        targets[a].append(b)
    route = []

    def visit(airport):
        while targets[airport]:
            visit(targets[airport].pop())
        route.append(airport)

    visit(start)
    return route[::-1]
