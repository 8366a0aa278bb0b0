# Wrong: Hierholzer writes each airport down when it gets stuck there, which lists the trip
# from its end; the list is returned without reversing it.
def find_itinerary(tickets: list[list[str]], start: str) -> list[str]:
    flights = {}
    for src, dst in sorted(tickets, reverse=True):
        flights.setdefault(src, []).append(dst)
    trip, stack = [], [start]
    while stack:
        if flights.get(stack[-1]):
            stack.append(flights[stack[-1]].pop())
        else:
            trip.append(stack.pop())
    return trip
