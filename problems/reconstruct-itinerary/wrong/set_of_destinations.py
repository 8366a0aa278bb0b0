# Wrong: keeps each airport's destinations in a set, so two equal tickets count as one and
# the trip comes out short when a route is flown more than once.
def find_itinerary(tickets: list[list[str]], start: str) -> list[str]:
    flights = {}
    for src, dst in tickets:
        flights.setdefault(src, set()).add(dst)
    order = {src: sorted(dsts, reverse=True) for src, dsts in flights.items()}
    trip, stack = [], [start]
    while stack:
        if order.get(stack[-1]):
            stack.append(order[stack[-1]].pop())
        else:
            trip.append(stack.pop())
    return trip[::-1]
