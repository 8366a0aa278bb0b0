# Accepted: recursive Hierholzer with a min-heap of destinations per airport; an airport is
# added when it has no tickets left, and the list is reversed at the end.
import heapq
from collections import defaultdict


def find_itinerary(tickets: list[list[str]], start: str) -> list[str]:
    graph = defaultdict(list)
    for a, b in tickets:
        heapq.heappush(graph[a], b)
    route = []

    def visit(airport):
        while graph[airport]:
            visit(heapq.heappop(graph[airport]))
        route.append(airport)

    visit(start)
    return route[::-1]
